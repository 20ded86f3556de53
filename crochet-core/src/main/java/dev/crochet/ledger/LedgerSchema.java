package dev.crochet.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's own schema, in one place: what a Crochet ledger looks like, how to tell
 * one from any other file, and the upgrade path from each schema version to the next.
 */
final class LedgerSchema {

	/** The schema version this code writes. */
	static final int CURRENT_VERSION = 3;

	/** Value of the {@code format} row of {@code ledger_meta}. */
	static final String FORMAT = "crochet-ledger";

	/** SQLite header {@code application_id}: the ASCII bytes "CRCH". */
	static final int APPLICATION_ID = 0x43524348;

	/**
	 * {@code STEPS.get(n)} upgrades a ledger from version {@code n} to {@code n + 1}
	 * (version 0 is an empty database). A later version appends a step here and never
	 * edits an earlier one, so every ledger ever written can be brought forward.
	 */
	private static final List<List<String>> STEPS = List.of(List.of("""
			CREATE TABLE ledger_meta (
				key   TEXT PRIMARY KEY,
				value TEXT NOT NULL
			)""",
			// seq keeps apply order (AUTOINCREMENT never reuses a number, even after a
			// removal);
			// revision is the natural key.
			"""
					CREATE TABLE applied_migrations (
						seq           INTEGER PRIMARY KEY AUTOINCREMENT,
						revision      TEXT    NOT NULL UNIQUE,
						parent        TEXT,
						description   TEXT    NOT NULL,
						schema_hash   TEXT,
						checksum      TEXT,
						rollback_safe INTEGER NOT NULL CHECK (rollback_safe IN (0, 1)),
						applied_at    TEXT    NOT NULL,
						duration_ms   INTEGER NOT NULL
					)""",
			// Deliberately no foreign key to applied_migrations: a batch is recorded
			// while its
			// migration still runs, and its row outlives a reverted migration.
			"""
					CREATE TABLE dataset_batches (
						seq            INTEGER PRIMARY KEY AUTOINCREMENT,
						batch_id       TEXT    NOT NULL UNIQUE,
						migration_id   TEXT    NOT NULL,
						source_file    TEXT,
						file_checksum  TEXT,
						loader_version TEXT,
						record_count   INTEGER NOT NULL,
						status         TEXT    NOT NULL,
						created_at     TEXT    NOT NULL
					)""", "CREATE INDEX dataset_batches_by_migration ON dataset_batches (migration_id)", """
					CREATE TABLE schema_snapshots (
						schema_hash   TEXT PRIMARY KEY,
						snapshot_json TEXT NOT NULL,
						created_at    TEXT NOT NULL
					)""", """
					CREATE TABLE events (
						seq      INTEGER PRIMARY KEY AUTOINCREMENT,
						at       TEXT NOT NULL,
						kind     TEXT NOT NULL,
						revision TEXT,
						outcome  TEXT NOT NULL,
						detail   TEXT
					)""",
			// The event log is an audit trail: not even a hand-written UPDATE or DELETE
			// may rewrite it.
			"""
					CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
					BEGIN
						SELECT RAISE(ABORT, 'the Crochet event log is append-only');
					END""", """
					CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
					BEGIN
						SELECT RAISE(ABORT, 'the Crochet event log is append-only');
					END""", """
					CREATE TABLE run_lock (
						id          INTEGER PRIMARY KEY CHECK (id = 1),
						owner       TEXT NOT NULL,
						acquired_at TEXT NOT NULL
					)""", "PRAGMA application_id = " + APPLICATION_ID),
			// Version 2: what a run is about to do, written before it touches the graph,
			// so a run that dies
			// leaves a trace the next run reads (issue 15: crash safety).
			List.of(
					// The labels and types a batch tags: how its entities are found,
					// counted and deleted through
					// the batch indexes when nothing else says where they are (recovery,
					// verify).
					"""
							CREATE TABLE batch_targets (
								batch_id TEXT NOT NULL,
								kind     TEXT NOT NULL CHECK (kind IN ('NODE', 'RELATIONSHIP')),
								name     TEXT NOT NULL,
								PRIMARY KEY (batch_id, kind, name)
							)""",
					// At most one row: the step in flight. Written before each step,
					// removed in the same
					// transaction that records the revision (or its undone failure).
					"""
							CREATE TABLE run_journal (
								id         INTEGER PRIMARY KEY CHECK (id = 1),
								revision   TEXT    NOT NULL,
								direction  TEXT    NOT NULL CHECK (direction IN ('UPGRADE', 'DOWNGRADE')),
								step       INTEGER NOT NULL,
								steps      INTEGER NOT NULL,
								operation  TEXT,
								batch_id   TEXT,
								owner      TEXT    NOT NULL,
								started_at TEXT    NOT NULL,
								updated_at TEXT    NOT NULL
							)"""),
			// Version 3: whether the journaled run was undoing a failure, and the
			// checksum of the migration it ran, so the next run finishes exactly what was
			// in flight (issue 29: exact recovery of every step).
			List.of("ALTER TABLE run_journal ADD COLUMN phase TEXT NOT NULL DEFAULT 'RUN' CHECK (phase IN ('RUN', 'UNDO'))",
					"ALTER TABLE run_journal ADD COLUMN checksum TEXT",
					// An upgrade a release before this one left in flight marked no
					// progress in
					// the graph, so it cannot be resumed exactly: it is undone and run
					// again from
					// its start, as that release did. A downgrade is finished from its
					// step, as
					// then.
					"UPDATE run_journal SET phase = 'UNDO' WHERE direction = 'UPGRADE'"));

	private LedgerSchema() {
	}

	/**
	 * The schema version of the database behind {@code connection}: 0 when it is empty,
	 * else the version its {@code ledger_meta} declares. Anything that is not a Crochet
	 * ledger this code can read is refused with a {@link LedgerException}, before a
	 * single byte is written.
	 */
	static int inspect(Connection connection, Path file) {
		List<String> tables;
		int applicationId;
		try (Statement statement = connection.createStatement()) {
			tables = tables(statement);
			applicationId = intPragma(statement, "application_id");
		}
		catch (SQLException ex) {
			throw unreadable(file, ex);
		}
		if (applicationId != 0 && applicationId != APPLICATION_ID) {
			throw new LedgerException(file + " is a SQLite database of another application (application_id "
					+ applicationId + "); refusing to touch it");
		}
		if (tables.isEmpty()) {
			return 0;
		}
		if (!tables.contains("ledger_meta")) {
			throw new LedgerException(file
					+ " is a SQLite database but not a Crochet ledger (no ledger_meta table); refusing to touch it");
		}
		Optional<String> format = meta(connection, file, "format");
		if (format.isEmpty() || !format.get().equals(FORMAT)) {
			throw new LedgerException(
					file + " is a SQLite database but not a Crochet ledger (ledger_meta has no format = " + FORMAT
							+ " row); refusing to touch it");
		}
		String version = meta(connection, file, "schema_version").orElse("");
		int parsed;
		try {
			parsed = Integer.parseInt(version);
		}
		catch (NumberFormatException ex) {
			throw new LedgerException(file + " is a Crochet ledger with an unreadable schema_version '" + version
					+ "'; refusing to touch it");
		}
		if (parsed > CURRENT_VERSION) {
			throw new LedgerException(file + " is a Crochet ledger of schema version " + parsed
					+ ", newer than this Crochet supports (schema version " + CURRENT_VERSION
					+ "); use a newer Crochet");
		}
		if (parsed < 1) {
			throw new LedgerException(
					file + " is a Crochet ledger with an invalid schema_version " + parsed + "; refusing to touch it");
		}
		return parsed;
	}

	/**
	 * Brings the ledger from {@code fromVersion} to {@link #CURRENT_VERSION}. The caller
	 * holds a write transaction, so a failing step leaves the ledger as it was.
	 */
	static void upgrade(Connection connection, int fromVersion) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (int version = fromVersion; version < CURRENT_VERSION; version++) {
				for (String sql : STEPS.get(version)) {
					statement.execute(sql);
				}
			}
		}
		String now = Instant.now().toString();
		if (fromVersion == 0) {
			putMeta(connection, "format", FORMAT);
			putMeta(connection, "created_at", now);
		}
		else if (fromVersion < CURRENT_VERSION) {
			putMeta(connection, "upgraded_at", now);
		}
		putMeta(connection, "schema_version", Integer.toString(CURRENT_VERSION));
	}

	private static List<String> tables(Statement statement) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = statement
			.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static int intPragma(Statement statement, String pragma) throws SQLException {
		try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
			return rows.next() ? rows.getInt(1) : 0;
		}
	}

	private static Optional<String> meta(Connection connection, Path file, String key) {
		try (var query = connection.prepareStatement("SELECT value FROM ledger_meta WHERE key = ?")) {
			query.setString(1, key);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
			}
		}
		catch (SQLException ex) {
			throw new LedgerException(file + " has a ledger_meta table that cannot be read (" + ex.getMessage()
					+ "); refusing to touch it", ex);
		}
	}

	private static void putMeta(Connection connection, String key, String value) throws SQLException {
		try (var upsert = connection.prepareStatement(
				"INSERT INTO ledger_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
			upsert.setString(1, key);
			upsert.setString(2, value);
			upsert.executeUpdate();
		}
	}

	private static LedgerException unreadable(Path file, SQLException ex) {
		int code = ex.getErrorCode() & 0xff;
		if (code == 26) { // SQLITE_NOTADB
			return new LedgerException(file + " is not a Crochet ledger: the file is not a SQLite database", ex);
		}
		if (code == 11) { // SQLITE_CORRUPT
			return new LedgerException(file + " is not a usable Crochet ledger: the SQLite database is damaged ("
					+ ex.getMessage() + "); refusing to touch it", ex);
		}
		return new LedgerException("Cannot read the ledger " + file + ": " + ex.getMessage(), ex);
	}

}
