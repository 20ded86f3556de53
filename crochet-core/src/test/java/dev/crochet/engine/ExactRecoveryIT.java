package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.ValidationException;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.BatchTarget;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.StepIntent;
import dev.crochet.migration.MigrationKind;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recovery is exact for every step, not only for batches (issue 29, items 2 and 3). Each
 * test plants what a kill leaves with this release: the journaled step in the ledger and
 * the progress the run marked in the graph in the same transactions as its work. The real
 * kills are in the CLI's fault-injection suite.
 */
@Tag("both-ledgers")
class ExactRecoveryIT extends EngineTestBase {

	private static final int ROWS = 1_000;

	private static final ResolvedMigration READINGS = step("0001_readings", null, ctx -> {
		ctx.beginBatch("readings");
		ctx.createNodes("Reading",
				IntStream.range(0, ROWS).mapToObj(i -> Map.<String, Object>of("i", i, "val", "v" + i)).toList());
	}, ctx -> ctx.deleteNodesByBatch("Reading", "readings"));

	/**
	 * The recipe: not idempotent as a sequence, though each step is on its own.
	 */
	private static final ResolvedMigration RENAME_THEN_ADD = step("0002_rename", "0001_readings", ctx -> {
		ctx.renameNodeProperty("Reading", "val", "oldVal");
		ctx.addNodeProperty("Reading", "val", "fresh");
	}, ctx -> {
		ctx.removeNodeProperty("Reading", "val");
		ctx.renameNodeProperty("Reading", "oldVal", "val");
	});

	private static final ResolvedMigration BUMP = step("0002_bump", "0001_readings", ctx -> {
		ctx.runCypher("MATCH (n:Reading) SET n.seen = coalesce(n.seen, 0) + 1");
		ctx.addIndex("Reading", "seen");
	}, ctx -> ctx.dropIndex("Reading", "seen"));

	private Crochet crochet(ResolvedMigration... chain) {
		return crochet(b -> b.migrations(List.of(chain)).chunkSize(100));
	}

	private static Ledger ledger(Crochet crochet) {
		return (Ledger) crochet.ledger();
	}

	private static Graph graph(Crochet crochet) {
		return new Graph(crochet.driver(), null, uri(), 100);
	}

	/** A process of this host that has exited, as the owner of a killed run. */
	private static String deadOwner() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		String self = ManagementFactory.getRuntimeMXBean().getName();
		return gone.pid() + self.substring(self.indexOf('@')) + "/main/0badc0de";
	}

	/** The journal and both locks as a kill at {@code intent} leaves them. */
	private static StepIntent killedAt(Crochet crochet, StepIntent intent, BatchTarget target) throws Exception {
		String dead = intent.owner();
		ledger(crochet).recordIntent(intent, target);
		ledger(crochet).lock(dead);
		crochet.runCypher("MATCH (s:_CrochetState) SET s.lockOwner = $owner, s.lockSince = 'then'",
				Map.of("owner", dead));
		return intent;
	}

	@Test
	void aRenameFollowedByAnAddIsResumedNotRunAgain() throws Exception {
		Crochet crochet = crochet(READINGS, RENAME_THEN_ADD);
		crochet.upgrade("0001_readings");
		// The kill, 0.3 s into step 2: the rename finished (and marked itself done), a
		// quarter of the nodes have the new 'val'.
		StepIntent intent = killedAt(crochet, StepIntent.starting("0002_rename", "UPGRADE", 2, deadOwner())
			.at(1, "add property Reading.val (default fresh)", null), null);
		crochet.runCypher("MATCH (n:Reading) SET n.oldVal = n.val REMOVE n.val", Map.of());
		new StepProgress(graph(crochet), intent.runKey()).stepDone(0);
		crochet.runCypher("MATCH (n:Reading) WITH n LIMIT 250 SET n.val = 'fresh'", Map.of());
		assertThat(crochet.verify().ok()).isFalse();

		String message = crochet.upgrade().message();

		assertThat(message).startsWith("Recovered: interrupted upgrade of 0002_rename at step 2 of 2 (add property"
				+ " Reading.val (default fresh)) finished from step 2" + System.lineSeparator());
		assertThat(count(crochet, "(n:Reading) WHERE n.oldVal = 'fresh'")).isZero();
		assertThat(count(crochet, "(n:Reading) WHERE n.oldVal = 'v' + n.i AND n.val = 'fresh'")).isEqualTo(ROWS);
		assertThat(count(crochet, "(p:_CrochetProgress)")).as("the mark is cleared once recorded").isZero();
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
	}

	@Test
	void aRowStepResumesAfterItsLastCommittedChunkAndCountsFromTheGraph() throws Exception {
		Crochet crochet = crochet(READINGS);
		// The kill after chunk 4 committed (its mark in the same transaction) and before
		// the ledger counted it.
		StepIntent intent = killedAt(crochet, StepIntent.starting("0001_readings", "UPGRADE", 2, deadOwner())
			.at(1, "create Reading nodes in batch readings", "readings"), BatchTarget.node("Reading"));
		ledger(crochet).recordBatch(
				new BatchRecord("readings", "0001_readings", null, null, null, 300, BatchStatus.OPEN, Instant.now()));
		crochet.runCypher(
				"UNWIND range(0, 399) AS i CREATE (:Reading {i: i, val: 'v' + i, _crochet_batch: 'readings'})",
				Map.of());
		graph(crochet).inWriteTransaction(tx -> {
			new StepProgress(graph(crochet), intent.runKey()).chunkCommitted(tx, 1, 400);
			return null;
		});

		String message = crochet.upgrade().message();

		assertThat(message).startsWith("Recovered: interrupted upgrade of 0001_readings at step 2 of 2 (create Reading"
				+ " nodes in batch readings) finished from step 2, after the 400 rows committed before it stopped");
		assertThat(count(crochet, "(n:Reading)")).isEqualTo(ROWS);
		assertThat(rows(crochet, "MATCH (n:Reading) RETURN count(DISTINCT n.i) AS c").get(0).get("c")).isEqualTo(1000L);
		assertThat(crochet.ledger().batch("readings")).hasValueSatisfying(b -> {
			assertThat(b.status()).isEqualTo(BatchStatus.COMMITTED);
			assertThat(b.recordCount()).isEqualTo(ROWS);
		});
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
	}

	@Test
	void rawCypherThatMayHaveRunStopsTheNextRunUntilAPersonSaysItRan() throws Exception {
		Crochet crochet = crochet(READINGS, BUMP);
		crochet.upgrade("0001_readings");
		killedAt(crochet, StepIntent.starting("0002_bump", "UPGRADE", 2, deadOwner())
			.at(0, "run Cypher: MATCH (n:Reading) SET n.seen = coalesce(n.seen, 0) + 1", null), null);
		// It committed just before the kill.
		crochet.runCypher("MATCH (n:Reading) SET n.seen = coalesce(n.seen, 0) + 1", Map.of());

		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class)
			.hasMessage("The upgrade of 0002_bump was interrupted in step 1 of 2, raw Cypher that may have run in part"
					+ " or in whole:" + System.lineSeparator()
					+ "  MATCH (n:Reading) SET n.seen = coalesce(n.seen, 0) + 1" + System.lineSeparator()
					+ "Crochet cannot tell whether it committed, and running it again could apply it twice. Check the"
					+ " graph, then run 'crochet resolve --ran' if it ran (the upgrade goes on after it) or 'crochet"
					+ " resolve --run-again' if it did not (the upgrade runs it again). Nothing was run.");
		assertThat(count(crochet, "(n:Reading) WHERE n.seen = 1")).isEqualTo(ROWS);
		assertThat(crochet.verify().ok()).isFalse();

		assertThat(crochet.resolveInterruptedStep(true)).isEqualTo("step 1 of the interrupted upgrade of 0002_bump at"
				+ " step 1 of 2 (run Cypher: MATCH (n:Reading) SET n.seen = coalesce(n.seen, 0) + 1) recorded as run:"
				+ " the next run goes on after it");
		crochet.upgrade();

		assertThat(count(crochet, "(n:Reading) WHERE n.seen = 1")).isEqualTo(ROWS);
		assertThat(crochet.ledger().head()).hasValueSatisfying(h -> assertThat(h.revision()).isEqualTo("0002_bump"));
		assertThat(count(crochet, "(p:_CrochetProgress)")).as("the dead run's marks are cleared").isZero();
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
	}

	@Test
	void rawCypherThatDidNotRunRunsAgainOnAPersonsWord() throws Exception {
		Crochet crochet = crochet(READINGS, BUMP);
		crochet.upgrade("0001_readings");
		killedAt(crochet, StepIntent.starting("0002_bump", "UPGRADE", 2, deadOwner()).at(0, "run Cypher", null), null);
		assertThatThrownBy(crochet::upgrade).hasMessageStartingWith("The upgrade of 0002_bump was interrupted");

		crochet.resolveInterruptedStep(false);
		crochet.upgrade();

		assertThat(count(crochet, "(n:Reading) WHERE n.seen = 1")).isEqualTo(ROWS);
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
		assertThatThrownBy(() -> crochet.resolveInterruptedStep(true)).isInstanceOf(ValidationException.class)
			.hasMessage("No interrupted step waits for a decision: the journal holds no run that died in raw Cypher");
	}

	@Test
	void anUndoWhoseDeletesFailedIsFinishedAndProvenBeforeTheRevisionRunsAgain() throws Exception {
		Crochet crochet = crochet(READINGS);
		// What the last release left after a full disk failed the undo's deletes: the
		// batch marked deleted while the graph held 500 of its entities. Now the journal
		// says the run was undoing.
		killedAt(crochet,
				StepIntent.starting("0001_readings", "UPGRADE", 2, deadOwner())
					.at(1, "create Reading nodes in batch readings", "readings")
					.toUndo(),
				BatchTarget.node("Reading"));
		ledger(crochet).recordBatch(
				new BatchRecord("readings", "0001_readings", null, null, null, 0, BatchStatus.DELETED, Instant.now()));
		crochet.runCypher(
				"UNWIND range(0, 499) AS i CREATE (:Reading {i: i, val: 'v' + i, _crochet_batch: 'readings'})",
				Map.of());
		assertThat(crochet.verify().problems())
			.contains("Batch readings (revision 0001_readings) is recorded as deleted, but the graph still holds 500 of"
					+ " its entities");

		String message = crochet.upgrade().message();

		assertThat(message).startsWith("Recovered: interrupted undo of the failed upgrade of 0001_readings at step 2 of"
				+ " 2 (create Reading nodes in batch readings) undone: removed 500 entities of batch readings; the"
				+ " revision runs again from its start");
		assertThat(count(crochet, "(n:Reading)")).isEqualTo(ROWS);
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
	}

	@Test
	void aMigrationChangedSinceItsInterruptedRunIsNotResumed() throws Exception {
		Crochet crochet = crochet(READINGS);
		killedAt(crochet, StepIntent.starting("0001_readings", "UPGRADE", 2, deadOwner(), "0ld")
			.at(1, "create Reading nodes in batch readings", "readings"), BatchTarget.node("Reading"));
		ResolvedMigration edited = READINGS;
		Crochet changed = crochet(b -> b.migrations(List.of(new ResolvedMigration(edited.id(), null,
				edited.description(), null, true, "n3w", MigrationKind.JAVA, edited.id(), edited.migration()))));

		assertThatThrownBy(changed::upgrade).isInstanceOf(ValidationException.class)
			.hasMessage("The upgrade of 0001_readings at step 2 of 2 (create Reading nodes in batch readings) was"
					+ " interrupted, and migration 0001_readings has changed since (checksum 0ld when it ran, n3w now)."
					+ " Only the migration that ran can finish it exactly: restore it as it was, run again to finish the"
					+ " revision, then make the change in a new migration. Nothing was run.");
		assertThat(count(crochet, "(n:Reading)")).isZero();
	}

}
