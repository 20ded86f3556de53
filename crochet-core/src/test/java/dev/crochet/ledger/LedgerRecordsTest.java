package dev.crochet.ledger;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerRecordsTest {

	private static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");

	@TempDir
	Path dir;

	Path file;

	Ledger ledger;

	@BeforeEach
	void open() {
		file = dir.resolve("ledger.db");
		ledger = Ledger.open(file);
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
			.hasMessage(
					"Revision 0001_people is already recorded as applied in the ledger " + ledger.file().orElseThrow());
		assertThat(ledger.events()).isEmpty();
		assertThatThrownBy(
				() -> ledger.recordDowngrade("0009_nope", LedgerEvent.of("DOWNGRADE", "0009_nope", "OK", "")))
			.isInstanceOf(LedgerException.class)
			.hasMessage("Revision 0009_nope is not recorded as applied in the ledger " + ledger.file().orElseThrow());
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
			.hasMessage("Revision 0001_init is already recorded as applied in the ledger " + file);
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
			.hasMessage("Revision 0042_missing is not recorded as applied in the ledger " + file);
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
			.hasMessage("Batch ghost is not recorded in the ledger " + file);
		assertThatThrownBy(() -> ledger.addBatchRecords("ghost", 1)).isInstanceOf(LedgerException.class)
			.hasMessage("Batch ghost is not recorded in the ledger " + file);
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
			.hasMessage("Snapshot h1 is already stored in the ledger " + file + " with different JSON");
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

	@Test
	void eventLogCannotBeRewrittenThroughSql() throws SQLException {
		ledger.append(new LedgerEvent(0, T0, "UPGRADE", "0001", "OK", null));

		try (Connection connection = RawSqlite.connect(file); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeUpdate("UPDATE events SET outcome = 'FAILED'"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("the Crochet event log is append-only");
			assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM events")).isInstanceOf(SQLException.class)
				.hasMessageContaining("the Crochet event log is append-only");
		}
		assertThat(ledger.events()).containsExactly(new LedgerEvent(1, T0, "UPGRADE", "0001", "OK", null));
	}

	// ---- persistence
	// -------------------------------------------------------------------------

	@Test
	void everythingSurvivesAReopen() {
		AppliedMigration migration = new AppliedMigration("0001", null, "init", "h1", "sum", true, T0, 7);
		BatchRecord batch = new BatchRecord("b1", "0001", "f.csv", "sum", "v", 3, BatchStatus.COMMITTED, T0);
		ledger.recordApplied(migration);
		ledger.recordBatch(batch);
		ledger.saveSnapshot("h1", "{}");
		ledger.append(new LedgerEvent(0, T0, "UPGRADE", "0001", "OK", "applied"));
		ledger.lock("run-1");
		ledger.close();

		try (Ledger reopened = Ledger.open(file)) {
			assertThat(reopened.applied()).containsExactly(migration);
			assertThat(reopened.head()).contains(migration);
			assertThat(reopened.batches()).containsExactly(batch);
			assertThat(reopened.snapshot("h1")).contains("{}");
			assertThat(reopened.events()).containsExactly(new LedgerEvent(1, T0, "UPGRADE", "0001", "OK", "applied"));
			assertThat(reopened.lockHolder()).contains("run-1");
		}
	}

}
