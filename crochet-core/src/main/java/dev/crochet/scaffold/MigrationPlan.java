package dev.crochet.scaffold;

import dev.crochet.cypher.Operation;
import dev.crochet.diff.SchemaDiff;

import java.util.List;

/**
 * What a generated migration does: the diff it answers, the {@code upgrade} steps, and
 * the {@code downgrade} steps (the upgrade's inverses in reverse order, with a comment
 * wherever an upgrade step cannot be undone).
 *
 * <pre>{@code
 * MigrationPlan plan = MigrationPlanner.plan(headSnapshot, ModelReader.read("models"), MigrationPlanner.Target.JAVA, false);
 * plan.upgradeOperations().forEach(op -> System.out.println(OperationSource.of(op)));
 * }</pre>
 *
 * @param rollbackSafe false when the diff is destructive (a property, label or model
 * removed)
 */
public record MigrationPlan(SchemaDiff diff, List<PlannedStep> upgrade, List<PlannedStep> downgrade,
		boolean rollbackSafe) {

	public MigrationPlan {
		upgrade = List.copyOf(upgrade);
		downgrade = List.copyOf(downgrade);
	}

	public boolean isEmpty() {
		return diff.isEmpty();
	}

	public List<Operation> upgradeOperations() {
		return upgrade.stream().filter(PlannedStep::isOperation).map(PlannedStep::operation).toList();
	}

	public List<Operation> downgradeOperations() {
		return downgrade.stream().filter(PlannedStep::isOperation).map(PlannedStep::operation).toList();
	}
}
