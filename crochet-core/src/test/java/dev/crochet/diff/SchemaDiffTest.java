package dev.crochet.diff;

import dev.crochet.ir.CompositeIndexSchema;
import dev.crochet.ir.ModelReader;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.RelationshipSchema;
import dev.crochet.ir.SchemaSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDiffTest {

	private static final PropertySchema NAME = new PropertySchema("name", "STRING", true, true, true);

	private static final PropertySchema AGE = new PropertySchema("age", "INTEGER", false, false, false);

	private static final PropertySchema EMAIL = new PropertySchema("email", "STRING", false, false, true);

	private static final RelationshipSchema KNOWS = new RelationshipSchema("KNOWS", "OUTGOING", "person_v1");

	private static final RelationshipSchema LIVES_IN = new RelationshipSchema("LIVES_IN", "OUTGOING", "city_v1");

	private static final CompositeIndexSchema NAME_AGE = new CompositeIndexSchema(List.of("name", "age"), false);

	private static final CompositeIndexSchema EMAIL_NAME = new CompositeIndexSchema(List.of("email", "name"), true);

	private static final NodeSchema PERSON = new NodeSchema("person_v1", "Person", List.of("Entity", "Person"),
			List.of(AGE, NAME), List.of(NAME_AGE), List.of(KNOWS));

	private static final NodeSchema CITY = new NodeSchema("city_v1", "City", List.of("City"), List.of(NAME), List.of(),
			List.of());

	private static final RelationshipEntitySchema LIKES = new RelationshipEntitySchema("likes_v1", "LIKES", "person_v1",
			"city_v1", List.of(new PropertySchema("since", "DATE", false, false, false)));

	private static SchemaSnapshot snapshot(List<NodeSchema> nodes, List<RelationshipEntitySchema> relationships) {
		return new SchemaSnapshot(nodes, relationships);
	}

	@Test
	void identicalSnapshotsHaveNoChanges() {
		SchemaSnapshot movies = ModelReader.read("dev.crochet.fixtures.movies");

		SchemaDiff diff = SchemaDiff.between(movies, ModelReader.read("dev.crochet.fixtures.movies"));

		assertThat(diff.isEmpty()).isTrue();
		assertThat(diff.destructive()).isFalse();
		assertThat(diff.describe()).isEmpty();
	}

	@Test
	void classRenamesAndMovesAreNoChange() {
		assertThat(SchemaDiff
			.between(ModelReader.read("dev.crochet.fixtures.hash.original"),
					ModelReader.read("dev.crochet.fixtures.hash.renamed"))
			.changes()).isEmpty();
	}

	@Test
	void nodeAddedAndRemoved() {
		SchemaDiff added = SchemaDiff.between(SchemaSnapshot.empty(), snapshot(List.of(PERSON), List.of()));
		SchemaDiff removed = SchemaDiff.between(snapshot(List.of(PERSON), List.of()), SchemaSnapshot.empty());

		assertThat(added.changes()).containsExactly(new NodeAdded(PERSON));
		assertThat(added.changes().get(0).describe()).isEqualTo("node person_v1 (Person) added");
		assertThat(added.changes().get(0).kgid()).isEqualTo("person_v1");
		assertThat(added.destructive()).isFalse();
		assertThat(removed.changes()).containsExactly(new NodeRemoved(PERSON));
		assertThat(removed.changes().get(0).describe()).isEqualTo("node person_v1 (Person) removed");
		assertThat(removed.destructive()).isTrue();
	}

	@Test
	void labelRenamedAndOtherLabelsChanged() {
		NodeSchema human = new NodeSchema("person_v1", "Human", List.of("Human", "Mammal"), PERSON.properties(),
				PERSON.compositeIndexes(), PERSON.relationships());

		SchemaDiff diff = SchemaDiff.between(snapshot(List.of(PERSON), List.of()), snapshot(List.of(human), List.of()));

		assertThat(diff.changes()).containsExactly(new LabelRenamed("person_v1", "Person", "Human"),
				new LabelsChanged("person_v1", "Human", List.of("Mammal"), List.of("Entity")));
		assertThat(diff.describe()).isEqualTo("label of person_v1 renamed Person -> Human" + System.lineSeparator()
				+ "labels of person_v1 (Human): added [Mammal], removed [Entity]");
		assertThat(diff.changes()).extracting(SchemaChange::destructive).containsExactly(false, true);
	}

	@Test
	void labelsOnlyAdded() {
		LabelsChanged change = new LabelsChanged("person_v1", "Person", List.of("Actor"), List.of());

		assertThat(change.describe()).isEqualTo("labels of person_v1 (Person): added [Actor]");
		assertThat(change.destructive()).isFalse();
		assertThat(new LabelsChanged("person_v1", "Person", List.of(), List.of("Entity")).describe())
			.isEqualTo("labels of person_v1 (Person): removed [Entity]");
	}

	@Test
	void propertyChangesInOrderAddedRemovedTypeFlags() {
		PropertySchema ageAsString = new PropertySchema("age", "STRING", true, false, false);
		PropertySchema nameNotUnique = new PropertySchema("name", "STRING", true, false, true);
		NodeSchema after = new NodeSchema("person_v1", "Person", PERSON.labels(),
				List.of(ageAsString, EMAIL, nameNotUnique), PERSON.compositeIndexes(), PERSON.relationships());
		NodeSchema before = new NodeSchema("person_v1", "Person", PERSON.labels(),
				List.of(AGE, NAME, new PropertySchema("nickname", "STRING", false, false, false)),
				PERSON.compositeIndexes(), PERSON.relationships());

		SchemaDiff diff = SchemaDiff.between(snapshot(List.of(before), List.of()), snapshot(List.of(after), List.of()));

		assertThat(diff.changes()).containsExactly(new PropertyAdded("person_v1", OwnerKind.NODE, "Person", EMAIL),
				new PropertyRemoved("person_v1", OwnerKind.NODE, "Person",
						new PropertySchema("nickname", "STRING", false, false, false)),
				new PropertyTypeChanged("person_v1", OwnerKind.NODE, "Person", "age", "INTEGER", "STRING"),
				new PropertyFlagsChanged("person_v1", OwnerKind.NODE, "Person", AGE, ageAsString),
				new PropertyFlagsChanged("person_v1", OwnerKind.NODE, "Person", NAME, nameNotUnique));
		assertThat(diff.changes()).extracting(SchemaChange::describe)
			.containsExactly("property Person.email added (STRING, indexed)",
					"property Person.nickname removed (STRING)", "property Person.age: type INTEGER -> STRING",
					"property Person.age: required false -> true", "property Person.name: unique true -> false");
		assertThat(diff.changes()).extracting(SchemaChange::destructive)
			.containsExactly(false, true, false, false, false);
		PropertyFlagsChanged flags = (PropertyFlagsChanged) diff.changes().get(3);
		assertThat(flags.property()).isEqualTo("age");
		assertThat(flags.requiredChanged()).isTrue();
		assertThat(flags.uniqueChanged()).isFalse();
		assertThat(flags.indexedChanged()).isFalse();
	}

	@Test
	void allThreeFlagsDescribed() {
		PropertySchema plain = new PropertySchema("code", "STRING", false, false, false);
		PropertySchema strict = new PropertySchema("code", "STRING", true, true, true);

		assertThat(new PropertyFlagsChanged("x_v1", OwnerKind.NODE, "X", plain, strict).describe())
			.isEqualTo("property X.code: required false -> true, unique false -> true, indexed false -> true");
		assertThat(new PropertyAdded("x_v1", OwnerKind.NODE, "X", strict).describe())
			.isEqualTo("property X.code added (STRING, required, unique)");
	}

	@Test
	void compositeIndexAddedAndRemoved() {
		NodeSchema after = new NodeSchema("person_v1", "Person", PERSON.labels(), PERSON.properties(),
				List.of(EMAIL_NAME), PERSON.relationships());

		SchemaDiff diff = SchemaDiff.between(snapshot(List.of(PERSON), List.of()), snapshot(List.of(after), List.of()));

		assertThat(diff.changes()).containsExactly(new CompositeIndexAdded("person_v1", "Person", EMAIL_NAME),
				new CompositeIndexRemoved("person_v1", "Person", NAME_AGE));
		assertThat(diff.changes()).extracting(SchemaChange::describe)
			.containsExactly("unique composite index Person(email, name) added",
					"composite index Person(name, age) removed");
		assertThat(diff.destructive()).isFalse();
	}

	@Test
	void relationshipDefinitionsAddedAndRemoved() {
		RelationshipSchema knownBy = new RelationshipSchema("KNOWS", "INCOMING", "person_v1");
		RelationshipSchema near = new RelationshipSchema("NEAR", "UNDIRECTED", "city_v1");
		NodeSchema after = new NodeSchema("person_v1", "Person", PERSON.labels(), PERSON.properties(),
				PERSON.compositeIndexes(), List.of(knownBy, near, LIVES_IN));

		SchemaDiff diff = SchemaDiff.between(snapshot(List.of(PERSON), List.of()), snapshot(List.of(after), List.of()));

		assertThat(diff.changes()).containsExactly(new RelationshipDefinitionAdded("person_v1", "Person", knownBy),
				new RelationshipDefinitionAdded("person_v1", "Person", LIVES_IN),
				new RelationshipDefinitionAdded("person_v1", "Person", near),
				new RelationshipDefinitionRemoved("person_v1", "Person", KNOWS));
		assertThat(diff.changes()).extracting(SchemaChange::describe)
			.containsExactly("relationship (Person)<-[:KNOWS]-(person_v1) added",
					"relationship (Person)-[:LIVES_IN]->(city_v1) added",
					"relationship (Person)-[:NEAR]-(city_v1) added",
					"relationship (Person)-[:KNOWS]->(person_v1) removed");
		assertThat(diff.destructive()).isFalse();
	}

	@Test
	void relationshipEntityAddedAndRemoved() {
		SchemaDiff added = SchemaDiff.between(snapshot(List.of(), List.of()), snapshot(List.of(), List.of(LIKES)));
		SchemaDiff removed = SchemaDiff.between(snapshot(List.of(), List.of(LIKES)), snapshot(List.of(), List.of()));

		assertThat(added.changes()).containsExactly(new RelationshipEntityAdded(LIKES));
		assertThat(added.describe()).isEqualTo("relationship likes_v1 [LIKES] added");
		assertThat(added.destructive()).isFalse();
		assertThat(removed.changes()).containsExactly(new RelationshipEntityRemoved(LIKES));
		assertThat(removed.describe()).isEqualTo("relationship likes_v1 [LIKES] removed");
		assertThat(removed.destructive()).isTrue();
		assertThat(removed.changes().get(0).kgid()).isEqualTo("likes_v1");
	}

	@Test
	void relationshipTypeRenamedEndpointsAndPropertiesChanged() {
		PropertySchema since = new PropertySchema("since", "DATETIME", false, false, false);
		PropertySchema rating = new PropertySchema("rating", "FLOAT", false, false, true);
		RelationshipEntitySchema after = new RelationshipEntitySchema("likes_v1", "ENJOYS", "person_v1", "town_v1",
				List.of(rating, since));

		SchemaDiff diff = SchemaDiff.between(snapshot(List.of(), List.of(LIKES)), snapshot(List.of(), List.of(after)));

		assertThat(diff.changes()).containsExactly(new RelationshipTypeRenamed("likes_v1", "LIKES", "ENJOYS"),
				new RelationshipEndpointsChanged("likes_v1", "ENJOYS", "person_v1", "city_v1", "person_v1", "town_v1"),
				new PropertyAdded("likes_v1", OwnerKind.RELATIONSHIP, "ENJOYS", rating),
				new PropertyTypeChanged("likes_v1", OwnerKind.RELATIONSHIP, "ENJOYS", "since", "DATE", "DATETIME"));
		assertThat(diff.changes()).extracting(SchemaChange::describe)
			.containsExactly("type of likes_v1 renamed LIKES -> ENJOYS",
					"endpoints of likes_v1 [ENJOYS] changed person_v1->city_v1 to person_v1->town_v1",
					"property [ENJOYS].rating added (FLOAT, indexed)",
					"property [ENJOYS].since: type DATE -> DATETIME");
		assertThat(diff.destructive()).isFalse();
	}

	@Test
	void relationshipPropertyRemovedIsDestructive() {
		RelationshipEntitySchema after = new RelationshipEntitySchema("likes_v1", "LIKES", "person_v1", "city_v1",
				List.of());

		SchemaDiff diff = SchemaDiff.between(snapshot(List.of(), List.of(LIKES)), snapshot(List.of(), List.of(after)));

		assertThat(diff.changes()).containsExactly(
				new PropertyRemoved("likes_v1", OwnerKind.RELATIONSHIP, "LIKES", LIKES.properties().get(0)));
		assertThat(diff.describe()).isEqualTo("property [LIKES].since removed (DATE)");
		assertThat(diff.destructive()).isTrue();
	}

	@Test
	void changesAreOrderedByKgidThenKind() {
		NodeSchema town = new NodeSchema("city_v1", "Town", List.of("Town"), List.of(NAME), List.of(), List.of());
		NodeSchema zoo = new NodeSchema("zoo_v1", "Zoo", List.of("Zoo"), List.of(), List.of(), List.of());
		NodeSchema person = new NodeSchema("person_v1", "Person", PERSON.labels(), List.of(NAME),
				PERSON.compositeIndexes(), PERSON.relationships());

		SchemaDiff diff = SchemaDiff.between(snapshot(List.of(CITY, PERSON), List.of(LIKES)),
				snapshot(List.of(zoo, person, town), List.of()));

		assertThat(diff.changes()).extracting(SchemaChange::describe)
			.containsExactly("label of city_v1 renamed City -> Town", "relationship likes_v1 [LIKES] removed",
					"property Person.age removed (INTEGER)", "node zoo_v1 (Zoo) added");
		assertThat(diff.destructive()).isTrue();
	}

	@Test
	void changesAfterARenameNameTheNewLabel() {
		NodeSchema human = new NodeSchema("person_v1", "Human", List.of("Entity", "Human"), List.of(NAME),
				PERSON.compositeIndexes(), PERSON.relationships());

		SchemaDiff diff = SchemaDiff.between(snapshot(List.of(PERSON), List.of()), snapshot(List.of(human), List.of()));

		assertThat(diff.changes()).containsExactly(new LabelRenamed("person_v1", "Person", "Human"),
				new PropertyRemoved("person_v1", OwnerKind.NODE, "Human", AGE));
	}

	@Test
	void diffOfParsedFixturesFindsTheLabelChange() {
		SchemaDiff diff = SchemaDiff.between(ModelReader.read("dev.crochet.fixtures.hash.original"),
				ModelReader.read("dev.crochet.fixtures.hash.label"));

		assertThat(diff.describe()).isEqualTo("label of customer_v1 renamed Customer -> Client");
	}

}
