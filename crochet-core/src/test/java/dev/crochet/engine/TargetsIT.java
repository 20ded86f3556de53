package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.Direction;
import dev.crochet.MigrationResult;
import dev.crochet.RollbackUnsafeException;
import dev.crochet.UnknownRevisionException;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.Fingerprint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;
import static dev.crochet.engine.Steps.unsafe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Targets, rollback safety and dry runs: every refusal changes nothing, graph or ledger.
 */
class TargetsIT extends EngineTestBase {

	private static final List<ResolvedMigration> CHAIN = List.of(
			step("0001_a", null, c -> c.addIndex("Person", "name"), c -> c.dropIndex("Person", "name")),
			unsafe("0002_b", "0001_a", c -> c.runCypher("CREATE (:Person {name: 'Ada'})"),
					c -> c.runCypher("MATCH (p:Person) DELETE p")),
			step("0003_c", "0002_b", c -> c.addUniqueConstraint("Movie", "title"),
					c -> c.dropUniqueConstraint("Movie", "title")),
			step("0004_d", "0003_c", c -> {
				c.beginBatch("movies");
				c.createNodes("Movie", List.of(Map.of("title", "Heat")));
			}, c -> c.deleteNodesByBatch("Movie", "movies")));

	private static final String KNOWN = "known revisions: 0001_a, 0002_b, 0003_c, 0004_d";

	@Test
	void anUnknownUpgradeTargetIsAnErrorNamingItAndChangesNothing() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade("0001_a");
		Fingerprint graph = crochet.fingerprint();
		String ledger = ledgerState(crochet.ledger());

		assertThatThrownBy(() -> crochet.upgrade("0009_nope")).isInstanceOf(UnknownRevisionException.class)
			.hasMessage("Unknown target revision '0009_nope' (" + KNOWN + "). Nothing was run.");
		assertThatThrownBy(() -> crochet.upgrade("0009_nope", true)).isInstanceOf(UnknownRevisionException.class)
			.hasMessage("Unknown target revision '0009_nope' (" + KNOWN + "). Nothing was run.");

		assertThat(crochet.fingerprint()).isEqualTo(graph);
		assertThat(ledgerState(crochet.ledger())).isEqualTo(ledger);
	}

	@Test
	void anUnknownDowngradeTargetIsAnErrorNamingItAndChangesNothing() {
		Crochet crochet = crochet(CHAIN);
		assertThatThrownBy(() -> crochet.downgrade("0009_nope")).as("nothing applied yet")
			.isInstanceOf(UnknownRevisionException.class)
			.hasMessage("Unknown target revision '0009_nope' (" + KNOWN + "). Nothing was run.");
		crochet.upgrade();
		Fingerprint graph = crochet.fingerprint();
		String ledger = ledgerState(crochet.ledger());

		assertThatThrownBy(() -> crochet.downgrade("0009_nope")).isInstanceOf(UnknownRevisionException.class)
			.hasMessage("Unknown target revision '0009_nope' (" + KNOWN + "). Nothing was run.");

		assertThat(crochet.fingerprint()).isEqualTo(graph);
		assertThat(ledgerState(crochet.ledger())).isEqualTo(ledger);
	}

	@Test
	void anAlreadyAppliedTargetIsANoOpThatSaysSo() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade("0003_c");
		String ledger = ledgerState(crochet.ledger());

		MigrationResult result = crochet.upgrade("0001_a");

		assertThat(result.runs()).isEmpty();
		assertThat(result.message()).isEqualTo("Target 0001_a is already applied; nothing to do (head is 0003_c)");
		assertThat(result.headBefore()).isEqualTo("0003_c");
		assertThat(result.headAfter()).isEqualTo("0003_c");
		assertThat(crochet.upgrade("0003_c").message())
			.isEqualTo("Target 0003_c is already applied; nothing to do (head is 0003_c)");
		assertThat(ledgerState(crochet.ledger())).isEqualTo(ledger);
		assertThat(crochet.upgrade().message()).isEqualTo("Applied 1 revision; head is 0004_d");
		assertThat(crochet.upgrade().message()).isEqualTo("Already up to date; head is 0004_d");
		assertThat(crochet.downgrade("0004_d").message())
			.isEqualTo("Target 0004_d is the head already; nothing to downgrade");
	}

	@Test
	void aDowngradeTargetThatIsNotAppliedIsAnError() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade("0002_b");
		String ledger = ledgerState(crochet.ledger());

		assertThatThrownBy(() -> crochet.downgrade("0003_c")).isInstanceOf(UnknownRevisionException.class)
			.hasMessage("Target revision 0003_c is not applied, so there is nothing to downgrade to (head is 0002_b)");
		assertThat(ledgerState(crochet.ledger())).isEqualTo(ledger);
	}

	@Test
	void aDowngradeAcrossAnUnsafeRevisionRevertsNothingEvenWithSafeRevisionsAboveIt() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade();
		Fingerprint graph = crochet.fingerprint();
		String ledger = ledgerState(crochet.ledger());

		assertThatThrownBy(() -> crochet.downgrade(Crochet.BASE)).isInstanceOf(RollbackUnsafeException.class)
			.hasMessage("Cannot downgrade to base: revision 0002_b is not rollback-safe (rollbackSafe = false)."
					+ " Nothing was reverted.");
		assertThatThrownBy(() -> crochet.downgrade("0001_a")).isInstanceOf(RollbackUnsafeException.class)
			.hasMessage("Cannot downgrade to 0001_a: revision 0002_b is not rollback-safe (rollbackSafe = false)."
					+ " Nothing was reverted.");
		assertThatThrownBy(() -> crochet.downgrade("0001_a", true)).isInstanceOf(RollbackUnsafeException.class);

		assertThat(crochet.fingerprint()).isEqualTo(graph);
		assertThat(ledgerState(crochet.ledger())).isEqualTo(ledger);
		assertThat(crochet.downgrade("0002_b").revisions()).containsExactly("0004_d", "0003_c");
	}

	@Test
	void aDryRunUpgradeReturnsTheCypherAndChangesNeitherGraphNorLedger() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade("0001_a");
		Fingerprint graph = crochet.fingerprint();
		String ledger = ledgerState(crochet.ledger());

		MigrationResult dryRun = crochet.upgrade(null, true);

		assertThat(dryRun.dryRun()).isTrue();
		assertThat(dryRun.direction()).isEqualTo(Direction.UPGRADE);
		assertThat(dryRun.message()).isEqualTo("Dry run: would apply 3 revisions; nothing was executed");
		assertThat(dryRun.revisions()).containsExactly("0002_b", "0003_c", "0004_d");
		assertThat(dryRun.statements()).containsExactly("CREATE (:Person {name: 'Ada'})",
				"CREATE CONSTRAINT crochet_uniq_Movie_title_d7071042 IF NOT EXISTS FOR (n:`Movie`) REQUIRE n.`title` IS UNIQUE",
				"CREATE INDEX crochet_batch_Movie_19b7afcd IF NOT EXISTS FOR (n:`Movie`) ON (n._crochet_batch)",
				"UNWIND $rows AS row CREATE (n:`Movie`) SET n = row, n._crochet_batch = $batch");
		assertThat(dryRun.headBefore()).isEqualTo("0001_a");
		assertThat(dryRun.headAfter()).isEqualTo("0001_a");
		assertThat(crochet.fingerprint()).isEqualTo(graph);
		assertThat(ledgerState(crochet.ledger())).isEqualTo(ledger);
	}

	@Test
	void aDryRunDowngradeReturnsTheCypherAndChangesNeitherGraphNorLedger() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade();
		Fingerprint graph = crochet.fingerprint();
		String ledger = ledgerState(crochet.ledger());

		MigrationResult dryRun = crochet.downgrade("0002_b", true);

		assertThat(dryRun.dryRun()).isTrue();
		assertThat(dryRun.message()).isEqualTo("Dry run: would revert 2 revisions; nothing was executed");
		assertThat(dryRun.revisions()).containsExactly("0004_d", "0003_c");
		assertThat(dryRun.statements()).containsExactly(
				"MATCH (n:`Movie`) WHERE n._crochet_batch = $batch CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
				"DROP CONSTRAINT crochet_uniq_Movie_title_d7071042 IF EXISTS");
		assertThat(crochet.fingerprint()).isEqualTo(graph);
		assertThat(ledgerState(crochet.ledger())).isEqualTo(ledger);
	}

}
