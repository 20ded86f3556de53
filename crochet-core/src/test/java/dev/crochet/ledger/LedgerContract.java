package dev.crochet.ledger;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every ledger store must do alike: the SQLite file ({@link LedgerRecordsTest}) and
 * the graph ledger ({@code GraphLedgerIT}) run these same tests.
 */
public abstract class LedgerContract {

	protected static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");

	protected Ledger ledger;

	/** A new, empty ledger of the store under test. */
	protected abstract Ledger openLedger();

	@BeforeEach
	void open() {
		ledger = openLedger();
	}

	@AfterEach
	void close() {
		ledger.close();
	}

	// ---- applied migrations
	// ------------------------------------------------------------------

	@Test
	void recordsAppliedMigrationsInApplyOrderWithEveryField() {
		AppliedMigration first = new AppliedMigration("0002_root", null, "root", null, null, true, T0, 12);
		AppliedMigration second = new AppliedMigration("0001_child", "0002_root", "child", "9f2c", "abc123", false,
				T0.plusSeconds(1), 3_000_000_000L);

		ledger.recordApplied(first);
		ledger.recordApplied(second);

		// Apply order, not revision order: the ids sort the other way round.
		assertThat(ledger.applied()).containsExactly(first, second);
		assertThat(ledger.applied("0001_child")).contains(second);
		assertThat(ledger.applied("0003_unknown")).isEmpty();
		assertThat(ledger.head()).contains(second);
	}

	@Test
	void anUpgradeIsRecordedInOneStepWithItsBatchesAndEvent() {
		ledger.recordBatch(new BatchRecord("people", "0001_people", null, null, "crochet-x", 3, BatchStatus.OPEN, T0));
		ledger.recordBatch(new BatchRecord("other", "0002_other", null, null, "crochet-x", 1, BatchStatus.OPEN, T0));
		AppliedMigration applied = new AppliedMigration("0001_people", null, "people", null, null, true, T0, 5);

		ledger.recordUpgrade(applied, LedgerEvent.of("UPGRADE", "0001_people", "OK", "5 ms"));

		assertThat(ledger.head()).contains(applied);
		assertThat(ledger.batch("people")).map(BatchRecord::status).contains(BatchStatus.COMMITTED);
		assertThat(ledger.batch("other")).map(BatchRecord::status).contains(BatchStatus.OPEN);
		assertThat(ledger.events()).extracting(LedgerEvent::kind, LedgerEvent::revision)
			.containsExactly(Tuple.tuple("UPGRADE", "0001_people"));

		ledger.recordDowngrade("0001_people", LedgerEvent.of("DOWNGRADE", "0001_people", "OK", "2 ms"));

		assertThat(ledger.applied()).isEmpty();
		assertThat(ledger.batch("people")).map(BatchRecord::status).contains(BatchStatus.DELETED);
		assertThat(ledger.batch("other")).map(BatchRecord::status).contains(BatchStatus.OPEN);
		assertThat(ledger.events()).extracting(LedgerEvent::kind).containsExactly("UPGRADE", "DOWNGRADE");
	}

	@Test
	void aFailedCombinedRecordChangesNothing() {
		AppliedMigration applied = new AppliedMigration("0001_people", null, "people", null, null, true, T0, 5);
		ledger.recordApplied(applied);

		assertThatThrownBy(() -> ledger.recordUpgrade(applied, LedgerEvent.of("UPGRADE", "0001_people", "OK", "")))
			.isInstanceOf(LedgerException.class)
			.hasMessage("Revision 0001_people is already recorded as applied in " + ledger.location());
		assertThat(ledger.events()).isEmpty();
		assertThatThrownBy(
				() -> ledger.recordDowngrade("0009_nope", LedgerEvent.of("DOWNGRADE", "0009_nope", "OK", "")))
			.isInstanceOf(LedgerException.class)
			.hasMessage("Revision 0009_nope is not recorded as applied in " + ledger.location());
		assertThat(ledger.events()).isEmpty();
	}

	@Test
	void emptyLedgerHasNoHead() {
		assertThat(ledger.head()).isEmpty();
		assertThat(ledger.applied()).isEmpty();
	}

	@Test
	void recordingARevisionTwiceNamesIt() {
		AppliedMigration migration = new AppliedMigration("0001_init", null, "init", null, null, true, T0, 1);
		ledger.recordApplied(migration);

		assertThatThrownBy(() -> ledger.recordApplied(migration)).isInstanceOf(LedgerException.class)
			.hasMessage("Revision 0001_init is already recorded as applied in " + ledger.location());
		assertThat(ledger.applied()).containsExactly(migration);
	}

	@Test
	void removingARevisionMovesTheHeadBackAndReapplyingPutsItLast() {
		AppliedMigration a = new AppliedMigration("a", null, "a", null, null, true, T0, 1);
		AppliedMigration b = new AppliedMigration("b", "a", "b", null, null, true, T0, 1);
		ledger.recordApplied(a);
		ledger.recordApplied(b);

		ledger.removeApplied("b");
		assertThat(ledger.head()).contains(a);
		assertThat(ledger.applied("b")).isEmpty();

		ledger.removeApplied("a");
		assertThat(ledger.head()).isEmpty();

		ledger.recordApplied(b);
		ledger.recordApplied(a);
		assertThat(ledger.applied()).containsExactly(b, a);
		assertThat(ledger.head()).contains(a);
	}

	@Test
	void removingAnUnknownRevisionNamesIt() {
		assertThatThrownBy(() -> ledger.removeApplied("0042_missing")).isInstanceOf(LedgerException.class)
			.hasMessage("Revision 0042_missing is not recorded as applied in " + ledger.location());
	}

	// ---- batches
	// -----------------------------------------------------------------------------

	@Test
	void recordsABatchBeforeItsMigrationIsApplied() {
		BatchRecord batch = new BatchRecord("people-1", "0002_load_people", "data/people.csv", "c0ffee",
				"crochet 0.1.0", 0, BatchStatus.OPEN, T0);

		ledger.recordBatch(batch);
		ledger.addBatchRecords("people-1", 500);
		ledger.addBatchRecords("people-1", 250);
		ledger.updateBatchStatus("people-1", BatchStatus.COMMITTED);
		ledger.recordApplied(new AppliedMigration("0002_load_people", null, "load", null, null, true, T0, 5));

		assertThat(ledger.batch("people-1")).contains(new BatchRecord("people-1", "0002_load_people", "data/people.csv",
				"c0ffee", "crochet 0.1.0", 750, BatchStatus.COMMITTED, T0));
	}

	@Test
	void aBatchOutlivesItsRevertedMigration() {
		ledger.recordApplied(new AppliedMigration("m1", null, "m1", null, null, true, T0, 1));
		ledger.recordBatch(new BatchRecord("b1", "m1", null, null, null, 3, BatchStatus.COMMITTED, T0));

		ledger.removeApplied("m1");
		ledger.updateBatchStatus("b1", BatchStatus.DELETED);

		assertThat(ledger.batch("b1")).hasValueSatisfying(batch -> {
			assertThat(batch.status()).isEqualTo(BatchStatus.DELETED);
			assertThat(batch.sourceFile()).isNull();
			assertThat(batch.checksum()).isNull();
			assertThat(batch.loaderVersion()).isNull();
		});
	}

	@Test
	void listsBatchesInCreationOrderAndByMigration() {
		BatchRecord z = new BatchRecord("z", "m1", null, null, null, 1, BatchStatus.OPEN, T0);
		BatchRecord a = new BatchRecord("a", "m2", null, null, null, 2, BatchStatus.OPEN, T0);
		BatchRecord m = new BatchRecord("m", "m1", null, null, null, 3, BatchStatus.OPEN, T0);
		ledger.recordBatch(z);
		ledger.recordBatch(a);
		ledger.recordBatch(m);

		assertThat(ledger.batches()).containsExactly(z, a, m);
		assertThat(ledger.batchesOf("m1")).containsExactly(z, m);
		assertThat(ledger.batchesOf("m3")).isEmpty();
		assertThat(ledger.batch("nope")).isEmpty();
	}

	@Test
	void recordingABatchAgainReplacesItAndKeepsItsPlace() {
		ledger.recordBatch(new BatchRecord("first", "m1", null, null, null, 1, BatchStatus.OPEN, T0));
		ledger.recordBatch(new BatchRecord("second", "m1", null, null, null, 1, BatchStatus.OPEN, T0));
		BatchRecord replaced = new BatchRecord("first", "m2", "f.csv", "abc", "v2", 9, BatchStatus.COMMITTED,
				T0.plusSeconds(60));

		ledger.recordBatch(replaced);

		assertThat(ledger.batches()).extracting(BatchRecord::batchId).containsExactly("first", "second");
		assertThat(ledger.batch("first")).contains(replaced);
	}

	@Test
	void changingAnUnknownBatchNamesIt() {
		assertThatThrownBy(() -> ledger.updateBatchStatus("ghost", BatchStatus.DELETED))
			.isInstanceOf(LedgerException.class)
			.hasMessage("Batch ghost is not recorded in " + ledger.location());
		assertThatThrownBy(() -> ledger.addBatchRecords("ghost", 1)).isInstanceOf(LedgerException.class)
			.hasMessage("Batch ghost is not recorded in " + ledger.location());
	}

	// ---- snapshots
	// ---------------------------------------------------------------------------

	@Test
	void savesSnapshotsIdempotently() {
		ledger.saveSnapshot("h1", "{\"nodes\":[]}");
		ledger.saveSnapshot("h1", "{\"nodes\":[]}");

		assertThat(ledger.snapshot("h1")).contains("{\"nodes\":[]}");
		assertThat(ledger.snapshot("h2")).isEmpty();
	}

	@Test
	void refusesDifferentJsonUnderAStoredHash() {
		ledger.saveSnapshot("h1", "{\"nodes\":[]}");

		assertThatThrownBy(() -> ledger.saveSnapshot("h1", "{\"nodes\":[1]}")).isInstanceOf(LedgerException.class)
			.hasMessage("Snapshot h1 is already stored in " + ledger.location() + " with different JSON");
		assertThat(ledger.snapshot("h1")).contains("{\"nodes\":[]}");
	}

	// ---- events
	// ------------------------------------------------------------------------------

	@Test
	void appendsEventsWithAssignedSequence() {
		ledger.append(new LedgerEvent(99, T0, "UPGRADE", "0001", "OK", null));
		ledger.append(new LedgerEvent(0, T0.plusSeconds(1), "FAILURE", "0002", "FAILED", "boom in CREATE ..."));
		ledger.append(new LedgerEvent(0, T0.plusSeconds(2), "LOCK", null, "OK", "by ci"));

		assertThat(ledger.events()).containsExactly(new LedgerEvent(1, T0, "UPGRADE", "0001", "OK", null),
				new LedgerEvent(2, T0.plusSeconds(1), "FAILURE", "0002", "FAILED", "boom in CREATE ..."),
				new LedgerEvent(3, T0.plusSeconds(2), "LOCK", null, "OK", "by ci"));
	}

	// ---- persistence
	// -------------------------------------------------------------------------

	// ---- journal and lock

	@Test
	void aStepIsJournaledUntilItsRevisionIsRecorded() {
		StepIntent start = StepIntent.starting("0002_ingest", "UPGRADE", 3, "owner-1");
		ledger.recordIntent(start, null);
		assertThat(ledger.intent()).contains(start);

		ledger.recordBatch(
				new BatchRecord("readings", "0002_ingest", null, null, null, 0, BatchStatus.OPEN, Instant.now()));
		StepIntent load = start.at(1, "create Reading nodes in batch readings", "readings");
		ledger.recordIntent(load, BatchTarget.node("Reading"));
		assertThat(ledger.intent()).hasValueSatisfying(i -> {
			assertThat(i.step()).isEqualTo(1);
			assertThat(i.batchId()).isEqualTo("readings");
			assertThat(i.describe())
				.isEqualTo("upgrade of 0002_ingest at step 2 of 3 (create Reading nodes in batch readings)");
		});

		ledger.recordUpgrade(new AppliedMigration("0002_ingest", null, "d", null, null, true, Instant.now(), 1),
				LedgerEvent.of("UPGRADE", "0002_ingest", "OK", null));
		assertThat(ledger.intent()).as("recording the revision clears the journal in the same transaction").isEmpty();
		assertThat(ledger.batch("readings"))
			.hasValueSatisfying(b -> assertThat(b.status()).isEqualTo(BatchStatus.COMMITTED));
	}

	@Test
	void clearingTheJournalLogsWhy() {
		ledger.recordIntent(StepIntent.starting("0001", "DOWNGRADE", 1, "owner-1"), null);
		ledger.clearIntent(LedgerEvent.of("RECOVERY", "0001", "OK", "undone"));
		assertThat(ledger.intent()).isEmpty();
		assertThat(ledger.events()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo("RECOVERY");
			assertThat(e.detail()).isEqualTo("undone");
		});
	}

	@Test
	void batchTargetsAreRecordedOnceInOrder() {
		StepIntent intent = StepIntent.starting("0002", "UPGRADE", 3, "o");
		ledger.recordIntent(intent.at(0, "a", "b1"), BatchTarget.node("Reading"));
		ledger.recordIntent(intent.at(1, "b", "b1"), BatchTarget.relationship("NEXT"));
		ledger.recordIntent(intent.at(2, "c", "b1"), BatchTarget.node("Reading"));
		assertThat(ledger.batchTargets("b1")).containsExactly(BatchTarget.node("Reading"),
				BatchTarget.relationship("NEXT"));
		assertThat(ledger.batchTargets("other")).isEmpty();
	}

	@Test
	void aLockIsTakenOverOnlyFromTheHolderNamed() {
		ledger.lock("dead-run");
		assertThat(ledger.takeOverLock("someone-else", "me")).isFalse();
		assertThat(ledger.lockHolder()).contains("dead-run");
		assertThat(ledger.takeOverLock("dead-run", "me")).isTrue();
		assertThat(ledger.lock()).hasValueSatisfying(l -> assertThat(l.owner()).isEqualTo("me"));
		assertThat(ledger.takeOverLock("dead-run", "third")).as("the second of two racing takeovers loses").isFalse();
	}

}
