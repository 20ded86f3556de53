package dev.crochet.migration;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;

import java.util.List;

/**
 * The behaviour of a {@code .cypher} migration file: each section's statements, run in
 * order, each through {@link MigrationContext#runCypher(String)} so that they are
 * recorded and shown by a dry run like any other operation.
 */
final class CypherMigration implements Migration {

	private final String location;

	private final List<String> upgradeStatements;

	private final List<String> downgradeStatements;

	CypherMigration(String location, List<String> upgradeStatements, List<String> downgradeStatements) {
		this.location = location;
		this.upgradeStatements = List.copyOf(upgradeStatements);
		this.downgradeStatements = List.copyOf(downgradeStatements);
	}

	@Override
	public void upgrade(MigrationContext ctx) {
		upgradeStatements.forEach(ctx::runCypher);
	}

	@Override
	public void downgrade(MigrationContext ctx) {
		downgradeStatements.forEach(ctx::runCypher);
	}

	List<String> upgradeStatements() {
		return upgradeStatements;
	}

	List<String> downgradeStatements() {
		return downgradeStatements;
	}

	@Override
	public String toString() {
		return "CypherMigration[" + location + "]";
	}

}
