package dev.crochet.assertj;

import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.SchemaSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.crochet.assertj.CrochetAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaSnapshotAssertTest {

	// GIVEN the snapshot of Person (person_v1), Movie (movie_v1) and the ACTED_IN entity
	// Role (role_v1)
	final SchemaSnapshot snapshot = TestMigrations.models();

	@Test
	void hasHash() {
		assertThat(snapshot).hasHash(snapshot.hash()).hasSameHashAs(TestMigrations.models());
	}

	@Test
	void hasHashFails() {
		assertThatThrownBy(() -> assertThat(snapshot).hasHash("0000")).hasMessage(
				format("%nExpecting schema snapshot to have hash:%n  \"0000\"%nbut had:%n  \"%s\"", snapshot.hash()));
	}

	@Test
	void hasSameHashAsFails() {
		SchemaSnapshot empty = SchemaSnapshot.empty();
		assertThatThrownBy(() -> assertThat(empty).hasSameHashAs(snapshot))
			.hasMessage(format("%nExpecting schema snapshot to have hash:%n  \"%s\"%nbut had:%n  \"%s\"",
					snapshot.hash(), empty.hash()));
	}

	@Test
	void failsOnNull() {
		assertThatThrownBy(() -> assertThat((SchemaSnapshot) null).hasNode("person_v1"))
			.hasMessage(format("%nExpecting actual not to be null"));
	}

	@Test
	void hasNodeAndRelationshipEntity() {
		assertThat(snapshot).hasNode("person_v1").hasNode("movie_v1").hasRelationshipEntity("role_v1");
	}

	@Test
	void hasNodeFails() {
		assertThatThrownBy(() -> assertThat(snapshot).hasNode("company_v1"))
			.hasMessage(format("%nExpecting schema snapshot to have a node with kgid:%n  \"company_v1\"%n"
					+ "but its node kgids are:%n  [\"movie_v1\", \"person_v1\"]"));
	}

	@Test
	void hasRelationshipEntityFails() {
		assertThatThrownBy(() -> assertThat(snapshot).hasRelationshipEntity("person_v1"))
			.hasMessage(format("%nExpecting schema snapshot to have a relationship entity with kgid:%n  \"person_v1\"%n"
					+ "but its relationship entity kgids are:%n  [\"role_v1\"]"));
	}

	@Test
	void nodeLabels() {
		assertThat(snapshot).node("person_v1").hasLabels("Person").hasPrimaryLabel("Person");
	}

	@Test
	void hasLabelsFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("person_v1").hasLabels("Person", "Actor")).hasMessage(format(
				"%nExpecting node \"person_v1\" to have labels:%n  [\"Actor\", \"Person\"]%nbut had:%n  [\"Person\"]"));
	}

	@Test
	void hasPrimaryLabelFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("movie_v1").hasPrimaryLabel("Film")).hasMessage(
				format("%nExpecting node \"movie_v1\" to have primary label:%n  \"Film\"%nbut had:%n  \"Movie\""));
	}

	@Test
	void hasRelationship() {
		assertThat(snapshot).node("person_v1").hasRelationship("FOLLOWS", "person_v1");
	}

	@Test
	void hasRelationshipFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("person_v1").hasRelationship("DIRECTED", "movie_v1"))
			.hasMessage(format("%nExpecting node \"person_v1\" to declare a relationship:%n  [:DIRECTED] to movie_v1%n"
					+ "but it declares:%n  [:FOLLOWS] to person_v1 (OUTGOING)"));
	}

	@Test
	void propertyFlagsAndType() {
		assertThat(snapshot).node("person_v1")
			.hasProperty("name")
			.hasType("STRING")
			.isUnique()
			.isIndexed()
			.isRequired();
		assertThat(snapshot).node("person_v1")
			.hasProperty("age")
			.hasType("INTEGER")
			.isNotUnique()
			.isIndexed()
			.isNotRequired();
		assertThat(snapshot).node("person_v1").hasProperty("nickname").isNotIndexed();
	}

	@Test
	void hasPropertyFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("person_v1").hasProperty("born"))
			.hasMessage(format("%nExpecting node \"person_v1\" to have property:%n  \"born\"%n"
					+ "but its properties are:%n  [\"age\", \"name\", \"nickname\"]"));
	}

	@Test
	void isUniqueFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("person_v1").hasProperty("age").isUnique())
			.hasMessage(format(
					"%nExpecting property \"Person.age\" to be unique, but it is defined as:%n  age INTEGER indexed"));
	}

	@Test
	void isNotUniqueFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("person_v1").hasProperty("name").isNotUnique())
			.hasMessage(format("%nExpecting property \"Person.name\" not to be unique, but it is defined as:%n"
					+ "  name STRING required unique indexed"));
	}

	@Test
	void isIndexedFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("person_v1").hasProperty("nickname").isIndexed())
			.hasMessage(format(
					"%nExpecting property \"Person.nickname\" to be indexed, but it is defined as:%n  nickname STRING"));
	}

	@Test
	void isNotIndexedFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("person_v1").hasProperty("age").isNotIndexed())
			.hasMessage(format(
					"%nExpecting property \"Person.age\" not to be indexed, but it is defined as:%n  age INTEGER indexed"));
	}

	@Test
	void isRequiredFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("movie_v1").hasProperty("title").isRequired())
			.hasMessage(format("%nExpecting property \"Movie.title\" to be required, but it is defined as:%n"
					+ "  title STRING unique indexed"));
	}

	@Test
	void isNotRequiredFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("person_v1").hasProperty("name").isNotRequired())
			.hasMessage(format("%nExpecting property \"Person.name\" not to be required, but it is defined as:%n"
					+ "  name STRING required unique indexed"));
	}

	@Test
	void hasTypeFails() {
		assertThatThrownBy(() -> assertThat(snapshot).node("person_v1").hasProperty("age").hasType("STRING"))
			.hasMessage(
					format("%nExpecting property \"Person.age\" to have type:%n  \"STRING\"%nbut had:%n  \"INTEGER\""));
	}

	@Test
	void relationshipEntity() {
		assertThat(snapshot).relationshipEntity("role_v1")
			.hasType("ACTED_IN")
			.connects("person_v1", "movie_v1")
			.hasProperty("roles")
			.hasType("LIST<STRING>")
			.isNotIndexed();
	}

	@Test
	void relationshipEntityTypeFails() {
		assertThatThrownBy(() -> assertThat(snapshot).relationshipEntity("role_v1").hasType("PLAYED_IN"))
			.hasMessage(format(
					"%nExpecting relationship entity \"role_v1\" to have type:%n  \"PLAYED_IN\"%nbut had:%n  \"ACTED_IN\""));
	}

	@Test
	void connectsFails() {
		assertThatThrownBy(() -> assertThat(snapshot).relationshipEntity("role_v1").connects("movie_v1", "person_v1"))
			.hasMessage(format("%nExpecting relationship entity \"role_v1\" to connect:%n  movie_v1 -> person_v1%n"
					+ "but it connects:%n  person_v1 -> movie_v1"));
	}

	@Test
	void relationshipEntityPropertyFails() {
		assertThatThrownBy(() -> assertThat(snapshot).relationshipEntity("role_v1").hasProperty("salary"))
			.hasMessage(format("%nExpecting relationship entity \"role_v1\" to have property:%n  \"salary\"%n"
					+ "but its properties are:%n  [\"roles\"]"));
	}

	@Test
	void relationshipEntityPropertyFlagFails() {
		assertThatThrownBy(() -> assertThat(snapshot).relationshipEntity("role_v1").hasProperty("roles").isRequired())
			.hasMessage(format("%nExpecting property \"[:ACTED_IN].roles\" to be required, but it is defined as:%n"
					+ "  roles LIST<STRING>"));
	}

	@Test
	void nodeAndPropertyRecordsDirectly() {
		// GIVEN records built by hand rather than read from classes
		PropertySchema code = new PropertySchema("code", "STRING", false, false, false);
		NodeSchema country = new NodeSchema("country_v1", "Country", List.of("Country"), List.of(code), List.of(),
				List.of());
		assertThat(country).hasLabels("Country").hasProperty("code").isNotUnique();
		assertThatThrownBy(() -> assertThat(code).isUnique())
			.hasMessage(format("%nExpecting property \"code\" to be unique, but it is defined as:%n  code STRING"));
	}

}
