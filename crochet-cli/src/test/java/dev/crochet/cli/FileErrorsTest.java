package dev.crochet.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FileErrorsTest {

	@Test
	void aRefusedPermissionIsNamed() {
		assertThat(FileErrors.describe(new AccessDeniedException("/no/such/place/ledger.db")))
			.startsWith("/no/such/place/ledger.db: permission denied");
	}

	@Test
	void aFullDiskSaysSo() {
		assertThat(FileErrors
			.describe(new FileSystemException("/data/.crochet/ledger.db", null, "No space left on device")))
			.isEqualTo("/data/.crochet/ledger.db: disk full (No space left on device)");
		assertThat(FileErrors.describe(new IOException("No space left on device")))
			.isEqualTo("disk full (No space left on device)");
	}

	@Test
	void aReadOnlyFileSystemIsAPermission() {
		assertThat(FileErrors.describe(new FileSystemException("/ro/x", null, "Read-only file system")))
			.isEqualTo("/ro/x: permission denied (the file system is read-only)");
	}

	@Test
	void aFullDiskUnderTheLedgerNamesTheLedger() {
		Exception sqlite = new SQLException(
				"[SQLITE_FULL] Insertion failed because database is full (database or disk is full)");
		Exception ex = new IllegalStateException("Cannot release the run lock [SQLITE_FULL]", sqlite);

		assertThat(FileErrors.ledgerClause(ex, Path.of("/p/.crochet/ledger.db"))).isEqualTo(
				" (the ledger /p/.crochet/ledger.db cannot be written: disk full; free some space, then run 'crochet status'"
						+ " and 'crochet verify')");
		assertThat(FileErrors.ledgerClause(new IllegalStateException("Revision 0002 failed"), Path.of("l.db")))
			.isEmpty();
	}

	@Test
	void aLedgerThatCouldNotRecordAFailureIsNamedToo() {
		// The migration failed first (Neo4j's log was full); recording that failed too,
		// and was kept as suppressed.
		Exception failed = new IllegalStateException("Revision 0002_ingest failed during upgrade",
				new IllegalStateException("Could not append transaction to log"));
		failed.addSuppressed(new IllegalStateException("Cannot append an event", new SQLException(
				"[SQLITE_FULL] Insertion failed because database is full (database or disk is full)")));

		assertThat(FileErrors.ledgerClause(failed, Path.of("/p/.crochet/ledger.db"))).isEqualTo(
				" (the ledger /p/.crochet/ledger.db cannot be written: disk full; free some space, then run 'crochet status'"
						+ " and 'crochet verify')");
	}

}
