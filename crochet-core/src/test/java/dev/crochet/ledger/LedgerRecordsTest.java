package dev.crochet.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger contract on the SQLite file, and what only a file can do. */
class LedgerRecordsTest extends LedgerContract {

	@TempDir
	Path dir;

	Path file;

	@Override
	protected Ledger openLedger() {
		file = dir.resolve("ledger.db");
		return Ledger.open(file);
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
