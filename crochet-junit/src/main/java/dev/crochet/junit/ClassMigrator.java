package dev.crochet.junit;

import dev.crochet.Crochet;
import dev.crochet.MigrationResult;
import dev.crochet.ledger.AppliedMigration;

import java.util.List;
import java.util.Optional;

/**
 * The {@link Migrator} of one test class: the engine's upgrade and downgrade on the
 * class's database.
 */
final class ClassMigrator implements Migrator {

	private final ClassState state;

	ClassMigrator(ClassState state) {
		this.state = state;
	}

	@Override
	public MigrationResult upgradeTo(String revision) {
		return state.moving().upgrade(revision);
	}

	@Override
	public MigrationResult downgradeTo(String revision) {
		return state.moving().downgrade(revision);
	}

	@Override
	public MigrationResult head() {
		return state.moving().upgrade();
	}

	@Override
	public MigrationResult base() {
		return state.moving().downgrade(Crochet.BASE);
	}

	@Override
	public Optional<String> current() {
		return state.crochet().ledger().head().map(AppliedMigration::revision);
	}

	@Override
	public List<String> revisions() {
		return state.crochet().chain().ids();
	}

	@Override
	public String toString() {
		return "Migrator[" + current().orElse("base") + "]";
	}

}
