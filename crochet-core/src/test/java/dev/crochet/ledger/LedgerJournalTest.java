package dev.crochet.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal of the step in flight, the batch targets, and the lock takeover that
 * recovery relies on.
 */
class LedgerJournalTest {

	@TempDir
	Path dir;

	private static AppliedMigration applied(String revision) {
		return new AppliedMigration(revision, null, "d", null, null, true, Instant.now(), 1);
	}

	@Test
	void aVersionOneLedgerIsBroughtForwardKeepingItsRecords() throws Exception {
		Path file = dir.resolve("ledger.db");
		try (Ledger ledger = Ledger.open(file)) {
			ledger.recordApplied(applied("0001"));
		}
		// What a ledger written by the previous release looks like: no journal, no batch
		// targets.
		RawSqlite.execute(file, "DROP TABLE run_journal", "DROP TABLE batch_targets",
				"UPDATE ledger_meta SET value = '1' WHERE key = 'schema_version'");

		try (Ledger ledger = Ledger.open(file)) {
			assertThat(ledger.applied()).extracting(AppliedMigration::revision).containsExactly("0001");
			assertThat(ledger.intent()).isEmpty();
			assertThat(ledger.batchTargets("any")).isEmpty();
		}
		assertThat(RawSqlite.queryString(file, "SELECT value FROM ledger_meta WHERE key = 'schema_version'"))
			.isEqualTo("3");
	}

	@Test
	void aVersionTwoUpgradeInFlightIsReadAsAnUndoWithoutAChecksum() throws SQLException {
		Path file = dir.resolve("v2.db");
		try (Ledger ledger = Ledger.open(file)) {
			ledger.recordIntent(StepIntent.starting("0002", "UPGRADE", 3, "o"), null);
		}
		// What the previous release wrote: a journal without phase and checksum.
		RawSqlite.execute(file, "ALTER TABLE run_journal DROP COLUMN phase",
				"ALTER TABLE run_journal DROP COLUMN checksum",
				"UPDATE ledger_meta SET value = '2' WHERE key = 'schema_version'");

		try (Ledger ledger = Ledger.open(file)) {
			StepIntent intent = ledger.intent().orElseThrow();
			// No progress was marked in the graph then: undone and run again, as that
			// release did.
			assertThat(intent.undoing()).isTrue();
			assertThat(intent.checksum()).isNull();
			assertThat(intent.revision()).isEqualTo("0002");
		}
	}

	@Test
	void theJournalKeepsAnUndoAndTheChecksumOfTheMigrationThatRan() {
		try (Ledger ledger = Ledger.open(dir.resolve("undo.db"))) {
			StepIntent step = StepIntent.starting("0002", "UPGRADE", 3, "o", "abc123").at(1, "create Item nodes", "b");
			ledger.recordIntent(step, null);
			assertThat(ledger.intent().orElseThrow().undoing()).isFalse();

			ledger.recordIntent(step.toUndo(), null);

			StepIntent read = ledger.intent().orElseThrow();
			assertThat(read.undoing()).isTrue();
			assertThat(read.checksum()).isEqualTo("abc123");
			assertThat(read.runKey()).isEqualTo(step.runKey());
			assertThat(read.describe())
				.isEqualTo("undo of the failed upgrade of 0002 at step 2 of 3 (create Item nodes)");
		}
	}

	@Test
	void aLockHoldersLifeIsKnownOnThisHostOnly() throws Exception {
		String self = ManagementFactory.getRuntimeMXBean().getName();
		String host = self.substring(self.indexOf('@') + 1);
		assertThat(RunLock.alive(self + "/main/1234abcd")).contains(true);

		Process finished = new ProcessBuilder("true").start();
		finished.waitFor();
		assertThat(RunLock.alive(finished.pid() + "@" + host + "/main/1234abcd")).contains(false);
		assertThat(new RunLock(finished.pid() + "@" + host + "/main/x", Instant.EPOCH).describe())
			.endsWith("since 1970-01-01T00:00:00Z (process not running)");

		assertThat(RunLock.alive("1@another-host.example/main/1234abcd")).isEmpty();
		assertThat(RunLock.alive("upgrade@build-42")).as("not Crochet's owner format").isEqualTo(Optional.empty());
		assertThat(List.of(RunLock.alive("unlock"))).containsExactly(Optional.empty());
	}

}
