package dev.crochet.scaffold;

import dev.crochet.ir.ModelReader;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.javasource.OperationSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A declared rename is generated as {@code renameNodeProperty} /
 * {@code renameRelationshipProperty}, reversible and rollback-safe; an undeclared one
 * says how to declare it.
 */
class PropertyRenamePlanTest {

	private static final SchemaSnapshot BEFORE = ModelReader.read("dev.crochet.fixtures.rename.before");

	@Test
	void aDeclaredRenameMovesTheValuesAndItsIndexAndIsRollbackSafe() {
		MigrationPlan plan = MigrationPlanner.plan(BEFORE, ModelReader.read("dev.crochet.fixtures.rename.after"),
				MigrationPlanner.Target.JAVA, false);

		assertThat(plan.rollbackSafe()).isTrue();
		assertThat(lines(plan.upgrade())).containsExactly("// property [ACTED_IN].role renamed to character (STRING)",
				"ctx.renameRelationshipProperty(\"ACTED_IN\", \"role\", \"character\");",
				"// property Person.name renamed to fullName (STRING, indexed)", "ctx.dropIndex(\"Person\", \"name\");",
				"ctx.renameNodeProperty(\"Person\", \"name\", \"fullName\");",
				"ctx.addIndex(\"Person\", \"fullName\");");
		assertThat(lines(plan.downgrade())).containsExactly(
				"// undo: property Person.name renamed to fullName (STRING, indexed)",
				"ctx.dropIndex(\"Person\", \"fullName\");",
				"ctx.renameNodeProperty(\"Person\", \"fullName\", \"name\");", "ctx.addIndex(\"Person\", \"name\");",
				"// undo: property [ACTED_IN].role renamed to character (STRING)",
				"ctx.renameRelationshipProperty(\"ACTED_IN\", \"character\", \"role\");");
	}

	@Test
	void theGeneratedJavaMigrationIsRollbackSafe() {
		MigrationPlan plan = MigrationPlanner.plan(BEFORE, ModelReader.read("dev.crochet.fixtures.rename.after"),
				MigrationPlanner.Target.JAVA, false);

		String source = MigrationSource.java(new MigrationHeader("0002_rename_people", "0001_people", "0".repeat(64),
				"rename people", "com.example.migrations"), plan);

		assertThat(source).contains("rollbackSafe = true")
			.contains("ctx.renameNodeProperty(\"Person\", \"name\", \"fullName\");")
			.contains("ctx.renameNodeProperty(\"Person\", \"fullName\", \"name\");");
	}

	@Test
	void anUndeclaredRenameRemovesTheValuesAndSaysHowToDeclareIt() {
		MigrationPlan plan = MigrationPlanner.plan(BEFORE, ModelReader.read("dev.crochet.fixtures.rename.undeclared"),
				MigrationPlanner.Target.JAVA, false);

		assertThat(plan.rollbackSafe()).isFalse();
		assertThat(lines(plan.upgrade())).contains("ctx.removeNodeProperty(\"Person\", \"name\");",
				"// Person.name removed and Person.fullName added (STRING) looks like a rename of name to fullName"
						+ " on Person; declare it with @RenamedFrom(\"name\") on the field and generate again:"
						+ " the migration then uses renameNodeProperty, which keeps the values");
	}

	private static List<String> lines(List<PlannedStep> steps) {
		return steps.stream()
			.map(s -> s.isOperation() ? OperationSource.of(s.operation()) : "// " + s.comment())
			.toList();
	}

}
