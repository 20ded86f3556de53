package dev.crochet.engine;

import dev.crochet.BatchCount;
import dev.crochet.Crochet;
import dev.crochet.MigrationFailedException;
import dev.crochet.MigrationInterruptedException;
import dev.crochet.cypher.SchemaNames;
import dev.crochet.ir.ModelException;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.BatchTarget;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.StepIntent;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the next run finds after a run died, planted exactly as a kill leaves it (the real
 * kills are in the CLI's fault-injection suite): the journal's step, an OPEN batch with
 * more entities in the graph than the ledger counted, a half-made constraint, both locks
 * held by a process that is gone. The next run must end in the graph an uninterrupted run
 * leaves, and verify must fail until then.
 */
@Tag("both-ledgers")
class RecoveryIT extends EngineTestBase {

	private static final int ROWS = 1_000;

	private static final String CONSTRAINT = SchemaNames.uniqueConstraint("Reading", "i");

	private static final List<ResolvedMigration> CHAIN = List.of(
			step("0001_schema", null, ctx -> ctx.addIndex("Reading", "v"), ctx -> ctx.dropIndex("Reading", "v")),
			step("0002_ingest", "0001_schema", ctx -> {
				ctx.beginBatch("readings");
				ctx.createNodes("Reading",
						IntStream.range(0, ROWS).mapToObj(i -> Map.<String, Object>of("i", i, "v", "r" + i)).toList());
			}, ctx -> ctx.deleteNodesByBatch("Reading", "readings")), step("0003_unique", "0002_ingest", ctx -> {
				ctx.addUniqueConstraint("Reading", "i");
				ctx.addIndex("Reading", "w");
			}, ctx -> {
				ctx.dropIndex("Reading", "w");
				ctx.dropUniqueConstraint("Reading", "i");
			}));

	private Crochet crochet() {
		return crochet(b -> b.migrations(CHAIN).chunkSize(100));
	}

	/** The owner string of a process of this host that has exited. */
	private static String deadOwner() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		String self = ManagementFactory.getRuntimeMXBean().getName();
		return gone.pid() + self.substring(self.indexOf('@')) + "/main/0badc0de";
	}

	/** The ledger behind the view, to write what a killed run left in it. */
	private static Ledger ledger(Crochet crochet) {
		return (Ledger) crochet.ledger();
	}

	/** Both locks held by {@code owner}, as a kill leaves them. */
	private static void lockedBy(Crochet crochet, String owner) {
		ledger(crochet).lock(owner);
		crochet.runCypher("MATCH (s:_CrochetState) SET s.lockOwner = $owner, s.lockSince = 'then'",
				Map.of("owner", owner));
	}

	private static void createReadings(Crochet crochet, int from, int to) {
		crochet.runCypher(
				"UNWIND range($from, $to - 1) AS i CREATE (:Reading {i: i, v: 'r' + i, _crochet_batch: 'readings'})",
				Map.of("from", from, "to", to));
	}

	private static void assertUninterruptedGraph(Crochet crochet) {
		assertThat(count(crochet, "(n:Reading)")).isEqualTo(ROWS);
		assertThat(count(crochet, "(n:Reading) WHERE n._crochet_batch = 'readings'")).isEqualTo(ROWS);
		assertThat(crochet.ledger().batch("readings")).hasValueSatisfying(b -> {
			assertThat(b.status()).isEqualTo(BatchStatus.COMMITTED);
			assertThat(b.recordCount()).isEqualTo(ROWS);
		});
		assertThat(rows(crochet, "SHOW CONSTRAINTS YIELD name RETURN name")).extracting(r -> r.get("name"))
			.contains(CONSTRAINT);
		assertThat(crochet.status().dataProblems()).isEmpty();
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
	}

	@Test
	void anIngestKilledMidwayResumesAfterItsLastCommittedChunkAndLoadsEachRowOnce() throws Exception {
		Crochet crochet = crochet();
		crochet.upgrade("0001_schema");
		// The kill: 400 rows committed in the graph (each chunk marking its rows in its
		// own
		// transaction), the ledger counted only 300 of them.
		Ledger ledger = ledger(crochet);
		ledger.recordBatch(
				new BatchRecord("readings", "0002_ingest", null, null, null, 300, BatchStatus.OPEN, Instant.now()));
		StepIntent intent = StepIntent.starting("0002_ingest", "UPGRADE", 2, "dead")
			.at(1, "create Reading nodes in batch readings", "readings");
		ledger.recordIntent(intent, BatchTarget.node("Reading"));
		createReadings(crochet, 0, 400);
		Graph graph = new Graph(crochet.driver(), null, uri(), 100);
		graph.inWriteTransaction(tx -> {
			new StepProgress(graph, intent.runKey()).chunkCommitted(tx, 1, 400);
			return null;
		});
		String dead = deadOwner();
		lockedBy(crochet, dead);

		assertThat(crochet.verify().ok()).isFalse();
		assertThat(crochet.verify().problems()).contains(
				"A run died during the upgrade of 0002_ingest at step 2 of 2 (create Reading nodes in batch readings) (run dead, "
						+ ledger.intent().orElseThrow().updatedAt() + "); the next upgrade or downgrade recovers it",
				"Batch readings (revision 0002_ingest) is still OPEN: the run loading it did not finish (the graph holds 400 of"
						+ " its entities); the next upgrade or downgrade finishes that run")
			.anyMatch(p -> p.startsWith("The ledger is locked by " + dead + " since ") && p.endsWith(
					" (process not running): that run died; the next upgrade or downgrade takes the lock over and recovers,"
							+ " or run 'crochet unlock'"));

		// No 'unlock' needed: the holder is provably dead.
		String message = crochet.upgrade().message();

		assertThat(message)
			.startsWith("Recovered: interrupted upgrade of 0002_ingest at step 2 of 2 (create Reading nodes in"
					+ " batch readings) finished from step 2, after the 400 rows committed before it stopped");
		assertThat(message).endsWith("Applied 2 revisions; head is 0003_unique");
		assertUninterruptedGraph(crochet);
		assertThat(crochet.status().lastRecovery()).isNotNull();
		assertThat(crochet.ledger().events()).filteredOn(e -> e.kind().equals("RECOVERY"))
			.extracting(e -> e.detail())
			.anyMatch(d -> d.startsWith("took over the run lock of " + dead));
	}

	@Test
	void aDowngradeKilledWhileDeletingIsFinishedBeforeTheNextUpgrade() throws Exception {
		Crochet crochet = crochet();
		crochet.upgrade();
		crochet.downgrade("0002_ingest");
		// The kill: 'downgrade --target 0001' had deleted 700 of the batch's 1000
		// entities.
		ledger(crochet).recordIntent(StepIntent.starting("0002_ingest", "DOWNGRADE", 1, "dead")
			.at(0, "delete Reading nodes of batch readings", "readings"), BatchTarget.node("Reading"));
		crochet.runCypher("MATCH (n:Reading) WITH n LIMIT 700 DETACH DELETE n", Map.of());
		lockedBy(crochet, deadOwner());

		assertThat(crochet.verify().problems())
			.contains("Batch readings (revision 0002_ingest): the ledger records 1000 entities, the graph holds 300");
		assertThat(crochet.status().batchCounts()).singleElement().extracting(BatchCount::inGraph).isEqualTo(300L);

		String message = crochet.upgrade().message();

		assertThat(message)
			.startsWith("Recovered: interrupted downgrade of 0002_ingest at step 1 of 1 (delete Reading nodes of"
					+ " batch readings) finished from step 1" + System.lineSeparator());
		assertThat(message).endsWith("Applied 2 revisions; head is 0003_unique");
		assertUninterruptedGraph(crochet);
	}

	@Test
	void aBareDowngradeAfterAKilledOneFinishesItAndGoesNoFurther() throws Exception {
		Crochet crochet = crochet();
		crochet.upgrade("0002_ingest");
		ledger(crochet).recordIntent(StepIntent.starting("0002_ingest", "DOWNGRADE", 1, "dead")
			.at(0, "delete Reading nodes of batch readings", "readings"), BatchTarget.node("Reading"));
		crochet.runCypher("MATCH (n:Reading) WITH n LIMIT 400 DETACH DELETE n", Map.of());
		lockedBy(crochet, deadOwner());

		var result = crochet.downgrade();

		assertThat(result.revisions()).containsExactly("0002_ingest");
		assertThat(result.head()).contains("0001_schema");
		assertThat(count(crochet, "(n:Reading)")).isZero();
		assertThat(crochet.ledger().batch("readings"))
			.hasValueSatisfying(b -> assertThat(b.status()).isEqualTo(BatchStatus.DELETED));
		assertThat(crochet.verify().problems()).containsExactly("Revision 0002_ingest is pending",
				"Revision 0003_unique is pending");
	}

	@Test
	void aConstraintWhoseBuildWasCutOffLeavesNoOrphanIndexBehind() throws Exception {
		Crochet crochet = crochet();
		crochet.upgrade("0002_ingest");
		// The kill while CREATE CONSTRAINT built its index: the index stays, the
		// constraint does not.
		ledger(crochet).recordIntent(StepIntent.starting("0003_unique", "UPGRADE", 2, "dead")
			.at(0, "add unique constraint Reading(i)", null), null);
		crochet.runCypher("CREATE INDEX `" + CONSTRAINT + "` FOR (n:Reading) ON (n.i)", Map.of());
		lockedBy(crochet, deadOwner());

		String message = crochet.upgrade().message();

		assertThat(message).contains("dropped the half-made index " + CONSTRAINT);
		assertUninterruptedGraph(crochet);
	}

	@Test
	void aConstraintWhoseBuildWasCutOffBeforeItsJournalEntryWasWrittenRunsAgain() {
		Crochet crochet = crochet();
		crochet.upgrade("0002_ingest");
		// The graph ledger holds a schema step's journal entry back until its next write:
		// a kill during the build leaves the index and no entry at all.
		crochet.runCypher("CREATE INDEX `" + CONSTRAINT + "` FOR (n:Reading) ON (n.i)", Map.of());

		var result = crochet.upgrade();

		assertThat(result.revisions()).containsExactly("0003_unique");
		assertUninterruptedGraph(crochet);
	}

	@Test
	void anIndexOfAnotherNameStillFailsTheConstraintAsNeo4jSaysIt() {
		Crochet crochet = crochet();
		crochet.upgrade("0002_ingest");
		crochet.runCypher("CREATE INDEX users_own_index FOR (n:Reading) ON (n.i)", Map.of());

		assertThatThrownBy(crochet::upgrade).hasMessageContaining("0003_unique");
		assertThat(crochet.ledger().head()).map(a -> a.revision()).contains("0002_ingest");
	}

	@Test
	void withALiveHolderNothingIsTakenOver() {
		Crochet crochet = crochet();
		crochet.upgrade("0001_schema");
		String alive = ManagementFactory.getRuntimeMXBean().getName() + "/other-thread/12345678";
		ledger(crochet).lock(alive);

		assertThatThrownBy(crochet::upgrade)
			.hasMessageStartingWith(Engine.capitalised(ledgerLocation()) + " is locked by " + alive);
		assertThat(crochet.verify().problems()).anyMatch(p -> p
			.endsWith("(process running): a run is in progress, so the graph" + " may change under this check"));
	}

	@Test
	void aBatchChangedBehindTheLedgersBackFailsVerify() {
		Crochet crochet = crochet();
		crochet.upgrade();
		crochet.runCypher("MATCH (n:Reading) WITH n LIMIT 5 DETACH DELETE n", Map.of());

		assertThat(crochet.verify().problems()).containsExactly(
				"Batch readings (revision 0002_ingest): the ledger records 1000 entities, the graph holds 995");
	}

	@Test
	void aStopRequestRollsTheRevisionBackAndFreesTheLocks() throws Exception {
		CountDownLatch loading = new CountDownLatch(1);
		List<ResolvedMigration> chain = List.of(step("0001_slow", null, ctx -> {
			ctx.beginBatch("slow");
			Iterable<Map<String, Object>> rows = () -> IntStream.range(0, 100_000).mapToObj(i -> {
				if (i == 500) {
					loading.countDown();
				}
				return Map.<String, Object>of("i", i);
			}).iterator();
			ctx.createNodes("Slow", rows);
		}, ctx -> ctx.deleteNodesByBatch("Slow", "slow")));
		Crochet crochet = crochet(b -> b.migrations(chain).chunkSize(100));
		CompletableFuture<Void> run = CompletableFuture.runAsync(() -> crochet.upgrade());
		assertThat(loading.await(60, TimeUnit.SECONDS)).isTrue();

		crochet.interrupt("SIGTERM");

		assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(MigrationInterruptedException.class)
			.cause()
			.hasMessage("Revision 0001_slow was interrupted (SIGTERM) during upgrade; it was rolled back");
		assertThat(count(crochet, "(n:Slow)")).isZero();
		assertThat(crochet.ledger().batch("slow"))
			.hasValueSatisfying(b -> assertThat(b.status()).isEqualTo(BatchStatus.DELETED));
		assertThat(crochet.ledger().lockHolder()).isEmpty();
		assertThat(crochet.ledger().intent()).isEmpty();
		assertThat(crochet.ledger().events()).last().satisfies(e -> {
			assertThat(e.kind()).isEqualTo("FAILURE");
			assertThat(e.outcome()).isEqualTo("INTERRUPTED");
		});
		assertThat(crochet.status().dataProblems()).isEmpty();
	}

	@Test
	void aModelWithoutKgIdStopsTheUpgradeBeforeAnyRevisionRuns() {
		Crochet crochet = crochet(b -> b.migrations(CHAIN).modelPackages("dev.crochet.fixtures.bad.nokgid"));

		assertThatThrownBy(crochet::upgrade).isInstanceOf(ModelException.class)
			.hasMessage(
					"Model classes dev.crochet.fixtures.bad.nokgid.Alpha, dev.crochet.fixtures.bad.nokgid.Beta have no @KgId");
		assertThat(crochet.ledger().applied()).isEmpty();
		assertThat(crochet.ledger().events()).isEmpty();
		assertThat(count(crochet, "(n:Reading)")).isZero();
	}

	@Test
	void aStopRequestedBeforeTheRunStopsItBeforeItsFirstStatement() {
		Crochet crochet = crochet();
		// A signal while the CLI was still compiling: no graph, no run yet.
		crochet.interrupt("SIGTERM");

		assertThatThrownBy(crochet::upgrade).isInstanceOf(MigrationInterruptedException.class)
			.hasMessage("Revision 0001_schema was interrupted (SIGTERM) during upgrade; it was rolled back");
		assertThat(crochet.ledger().applied()).isEmpty();
		assertThat(crochet.ledger().lockHolder()).isEmpty();
		assertThat(crochet.ledger().intent()).isEmpty();
		assertThat(rows(crochet, "SHOW INDEXES YIELD name WHERE name STARTS WITH 'crochet_idx_Reading' RETURN name"))
			.isEmpty();
	}

	@Test
	void aFailedCypherMigrationNamesTheStatementsThatRanAndWereNotUndone() {
		List<ResolvedMigration> chain = List.of(step("0001_raw", null, ctx -> {
			ctx.runCypher("CREATE INDEX raw_index FOR (n:Raw) ON (n.x)");
			ctx.runCypher("CREATE (:Raw {x: 1})");
			ctx.runCypher("THIS IS NOT CYPHER");
		}, Steps.nothing()));
		Crochet crochet = crochet(chain);

		assertThatThrownBy(crochet::upgrade).isInstanceOf(MigrationFailedException.class)
			.hasMessageEndingWith(
					System.lineSeparator() + "These statements ran and were not undone (they have no inverse);"
							+ " clean up what they did before running again:" + System.lineSeparator()
							+ "  CREATE INDEX raw_index FOR (n:Raw) ON (n.x)" + System.lineSeparator()
							+ "  CREATE (:Raw {x: 1})");
		assertThat(crochet.ledger().events()).last()
			.satisfies(e -> assertThat(e.detail())
				.endsWith(" | not undone: CREATE INDEX raw_index FOR (n:Raw) ON (n.x) ; CREATE (:Raw {x: 1})"));
		assertThat(crochet.ledger().intent()).as("a failure that was undone is not in flight").isEmpty();
	}

}
