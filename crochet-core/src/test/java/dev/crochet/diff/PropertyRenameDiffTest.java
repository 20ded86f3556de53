package dev.crochet.diff;

import dev.crochet.ir.ModelReader;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.SchemaSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property declared {@code @RenamedFrom} is a rename, not a removal plus an addition;
 * an undeclared look-alike is named as one.
 */
class PropertyRenameDiffTest {

	private static final SchemaSnapshot BEFORE = ModelReader.read("dev.crochet.fixtures.rename.before");

	private static final SchemaSnapshot AFTER = ModelReader.read("dev.crochet.fixtures.rename.after");

	private static final SchemaSnapshot UNDECLARED = ModelReader.read("dev.crochet.fixtures.rename.undeclared");

	@Test
	void aDeclaredRenameOfANodeAndARelationshipPropertyIsARenameAndLosesNothing() {
		SchemaDiff diff = SchemaDiff.between(BEFORE, AFTER);

		assertThat(diff.changes()).containsExactly(
				new PropertyRenamed("acted_in_v1", OwnerKind.RELATIONSHIP, "ACTED_IN",
						new PropertySchema("role", "STRING", false, false, false),
						new PropertySchema("character", "STRING", false, false, false)),
				new PropertyRenamed("person_v1", OwnerKind.NODE, "Person",
						new PropertySchema("name", "STRING", false, false, true),
						new PropertySchema("fullName", "STRING", false, false, true)));
		assertThat(diff.describe()).isEqualTo("property [ACTED_IN].role renamed to character (STRING)"
				+ System.lineSeparator() + "property Person.name renamed to fullName (STRING, indexed)");
		assertThat(diff.destructive()).isFalse();
		assertThat(diff.possibleRenames()).isEmpty();
	}

	@Test
	void theDeclarationIsNotPartOfTheSchemaHash() {
		assertThat(AFTER.renames()).isNotEmpty();
		assertThat(UNDECLARED.renames()).isEmpty();
		assertThat(AFTER.hash()).isEqualTo(UNDECLARED.hash());
		assertThat(SchemaSnapshot.fromJson(AFTER.toCanonicalJson()).renames()).isEmpty();
	}

	@Test
	void aDeclarationChangesNothingOnceTheRenameIsMigrated() {
		SchemaSnapshot migrated = SchemaSnapshot.fromJson(AFTER.toCanonicalJson());

		assertThat(SchemaDiff.between(migrated, AFTER).changes()).isEmpty();
	}

	@Test
	void anUndeclaredRenameIsARemovalAndAnAdditionThatLooksLikeARename() {
		SchemaDiff diff = SchemaDiff.between(BEFORE, UNDECLARED);

		assertThat(diff.destructive()).isTrue();
		assertThat(diff.changes()).hasOnlyElementsOfTypes(PropertyAdded.class, PropertyRemoved.class).hasSize(4);
		assertThat(diff.possibleRenames()).extracting(PossibleRename::describe)
			.containsExactly(
					"[ACTED_IN].role removed and [ACTED_IN].character added (STRING) looks like a rename of role to"
							+ " character on [ACTED_IN]; declare it with @RenamedFrom(\"role\") on the field and"
							+ " generate again: the migration then uses renameRelationshipProperty, which keeps the values",
					"Person.name removed and Person.fullName added (STRING) looks like a rename of name to fullName"
							+ " on Person; declare it with @RenamedFrom(\"name\") on the field and generate again:"
							+ " the migration then uses renameNodeProperty, which keeps the values");
	}

	@Test
	void aRemovalAndAnAdditionOfDifferentTypesDoNotLookLikeARename() {
		SchemaSnapshot before = new SchemaSnapshot(
				List.of(new NodeSchema("person_v1", "Person", List.of("Person"),
						List.of(new PropertySchema("age", "INTEGER", false, false, false)), List.of(), List.of())),
				List.of());
		SchemaSnapshot after = new SchemaSnapshot(
				List.of(new NodeSchema("person_v1", "Person", List.of("Person"),
						List.of(new PropertySchema("nickname", "STRING", false, false, false)), List.of(), List.of())),
				List.of());

		assertThat(SchemaDiff.between(before, after).possibleRenames()).isEmpty();
	}

}
