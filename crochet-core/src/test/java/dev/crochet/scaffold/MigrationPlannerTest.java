package dev.crochet.scaffold;

import dev.crochet.cypher.Operation;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.javasource.OperationSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationPlannerTest {

	static NodeSchema person(String label, PropertySchema... properties) {
		return new NodeSchema("person_v1", label, List.of(label), List.of(properties), List.of(), List.of());
	}

	static SchemaSnapshot snapshot(NodeSchema... nodes) {
		return new SchemaSnapshot(List.of(nodes), List.of());
	}

	static final PropertySchema NAME = new PropertySchema("name", "STRING", true, true, true);

	static final PropertySchema AGE = new PropertySchema("age", "INTEGER", false, false, true);

	static List<String> java(List<Operation> operations) {
		return operations.stream().map(OperationSource::of).toList();
	}

	@Test
	void firstMigrationDeclaresConstraintsAndIndexesAndUndoesThemInReverse() {
		MigrationPlan plan = MigrationPlanner.plan(SchemaSnapshot.empty(), snapshot(person("Person", AGE, NAME)),
				MigrationPlanner.Target.JAVA, false);

		assertThat(plan.rollbackSafe()).isTrue();
		assertThat(java(plan.upgradeOperations())).containsExactly("ctx.addIndex(\"Person\", \"age\");",
				"ctx.addUniqueConstraint(\"Person\", \"name\");");
		assertThat(java(plan.downgradeOperations())).containsExactly("ctx.dropUniqueConstraint(\"Person\", \"name\");",
				"ctx.dropIndex(\"Person\", \"age\");");
		assertThat(plan.upgrade().get(0).comment()).isEqualTo("node person_v1 (Person) added");
	}

	@Test
	void enterpriseAddsExistenceConstraintsForRequiredProperties() {
		MigrationPlan plan = MigrationPlanner.plan(SchemaSnapshot.empty(), snapshot(person("Person", NAME)),
				MigrationPlanner.Target.JAVA, true);

		assertThat(java(plan.upgradeOperations())).containsExactly("ctx.addUniqueConstraint(\"Person\", \"name\");",
				"ctx.addNodePropertyExistenceConstraint(\"Person\", \"name\");");
	}

	@Test
	void removedPropertyDropsItsIndexRemovesValuesAndIsNotRollbackSafe() {
		MigrationPlan plan = MigrationPlanner.plan(snapshot(person("Person", AGE, NAME)),
				snapshot(person("Person", NAME)), MigrationPlanner.Target.JAVA, false);

		assertThat(plan.rollbackSafe()).isFalse();
		assertThat(java(plan.upgradeOperations())).containsExactly("ctx.dropIndex(\"Person\", \"age\");",
				"ctx.removeNodeProperty(\"Person\", \"age\");");
		assertThat(plan.downgrade())
			.extracting(s -> s.isOperation() ? OperationSource.of(s.operation()) : "// " + s.comment())
			.containsExactly("// undo: property Person.age removed (INTEGER, indexed)",
					"// cannot undo 'remove property Person.age': the removed values of Person.age are gone",
					"ctx.addIndex(\"Person\", \"age\");");
	}

	@Test
	void changedFlagsSwapIndexForConstraint() {
		PropertySchema uniqueAge = new PropertySchema("age", "INTEGER", false, true, true);
		MigrationPlan plan = MigrationPlanner.plan(snapshot(person("Person", AGE)),
				snapshot(person("Person", uniqueAge)), MigrationPlanner.Target.JAVA, false);

		assertThat(plan.rollbackSafe()).isTrue();
		assertThat(java(plan.upgradeOperations())).containsExactly("ctx.dropIndex(\"Person\", \"age\");",
				"ctx.addUniqueConstraint(\"Person\", \"age\");");
		assertThat(java(plan.downgradeOperations())).containsExactly("ctx.dropUniqueConstraint(\"Person\", \"age\");",
				"ctx.addIndex(\"Person\", \"age\");");
	}

	@Test
	void renamedLabelInJavaRelabelsAndLetsTheEngineMoveConstraints() {
		MigrationPlan plan = MigrationPlanner.plan(snapshot(person("Person", NAME)), snapshot(person("Human", NAME)),
				MigrationPlanner.Target.JAVA, false);

		assertThat(java(plan.upgradeOperations())).containsExactly("ctx.renameLabel(\"Person\", \"Human\");");
		assertThat(java(plan.downgradeOperations())).containsExactly("ctx.renameLabel(\"Human\", \"Person\");");
	}

	@Test
	void renamedLabelInCypherMovesConstraintsExplicitly() {
		MigrationPlan plan = MigrationPlanner.plan(snapshot(person("Person", NAME)), snapshot(person("Human", NAME)),
				MigrationPlanner.Target.CYPHER, false);

		assertThat(plan.upgradeOperations()).extracting(Operation::describe)
			.containsExactly("drop unique constraint Person(name)", "rename label Person to Human",
					"add unique constraint Human(name)");
		assertThat(plan.downgradeOperations()).extracting(Operation::describe)
			.containsExactly("drop unique constraint Human(name)", "rename label Human to Person",
					"add unique constraint Person(name)");
	}

	@Test
	void noChangeIsAnEmptyPlan() {
		SchemaSnapshot same = snapshot(person("Person", NAME));
		assertThat(MigrationPlanner.plan(same, same, MigrationPlanner.Target.JAVA, false).isEmpty()).isTrue();
	}

}
