package dev.crochet.ledger;

import dev.crochet.LockedException;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQLite ledger ({@code .crochet/ledger.db} by default): applied migrations, batches,
 * schema snapshots and an append-only event log. Versioned schema, WAL, a busy timeout,
 * every write in a transaction. A file that is corrupt or is not a Crochet ledger is
 * refused, never overwritten.
 * <p>
 * A ledger is safe to share between threads (every call holds the instance's monitor) and
 * between processes or several {@code Ledger} instances on one file: writes take SQLite's
 * write lock up front ({@code BEGIN IMMEDIATE}) and wait up to
 * {@value #BUSY_TIMEOUT_MILLIS} ms for another writer.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledger.open(Path.of(".crochet/ledger.db"))) { // a SqliteLedger
 *     ledger.lock("upgrade@build-42");
 *     try {
 *         ledger.head().ifPresent(System.out::println);
 *     } finally {
 *         ledger.unlock("upgrade@build-42");
 *     }
 * }
 * }</pre>
 */
final class SqliteLedger implements Ledger {

	/**
	 * How long a call waits for another connection's write transaction before it fails.
	 */
	static final int BUSY_TIMEOUT_MILLIS = Ledger.BUSY_TIMEOUT_MILLIS;

	private static final int SQLITE_BUSY = 5;

	private static final int SQLITE_LOCKED = 6;

	private static final int SQLITE_CORRUPT = 11;

	private static final int SQLITE_NOTADB = 26;

	/** How quick_check names the b-tree of a damaged page: by its root page. */
	private static final Pattern DAMAGED_TREE = Pattern.compile("Tree (\\d+) ");

	private final Path file;

	private final int busyTimeoutMillis;

	/** Null once closed; read and written only under the instance's monitor. */
	private Connection connection;

	private SqliteLedger(Path file, int busyTimeoutMillis, Connection connection) {
		this.file = file;
		this.busyTimeoutMillis = busyTimeoutMillis;
		this.connection = connection;
	}

	/**
	 * Whether {@code file} holds a ledger, or anything else {@link #open} would refuse
	 * rather than overwrite. False for a missing file and for an empty one (0 bytes, and
	 * no write-ahead log with anything in it either), where {@link #open} would start a
	 * new, empty ledger.
	 */
	static boolean holdsLedger(Path file) {
		Path ledgerFile = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
		Path wal = ledgerFile.resolveSibling(ledgerFile.getFileName() + "-wal");
		try {
			return Files.exists(ledgerFile) && (!Files.isRegularFile(ledgerFile) || Files.size(ledgerFile) > 0
					|| Files.isRegularFile(wal) && Files.size(wal) > 0);
		}
		catch (IOException ex) {
			// Something is there that cannot be read: open says what.
			return true;
		}
	}

	/**
	 * Opens (creating file, parent folders and schema when absent) the ledger at
	 * {@code file}.
	 */
	static SqliteLedger open(Path file) {
		return open(file, BUSY_TIMEOUT_MILLIS);
	}

	/**
	 * As {@link #open(Path)}, with another busy timeout: lets a test see a timeout
	 * without waiting 10 s.
	 */
	static SqliteLedger open(Path file, int busyTimeoutMillis) {
		Objects.requireNonNull(file, "file");
		Path ledgerFile = file.toAbsolutePath().normalize();
		if (Files.isDirectory(ledgerFile)) {
			throw new LedgerException(ledgerFile + " is a folder, not a Crochet ledger");
		}
		createParentFolders(ledgerFile);
		refuseForeignFile(ledgerFile, busyTimeoutMillis);
		Connection connection = connect(ledgerFile, false, busyTimeoutMillis);
		try {
			useWriteAheadLog(connection, ledgerFile, busyTimeoutMillis);
			prepareSchema(connection, ledgerFile);
			return new SqliteLedger(ledgerFile, busyTimeoutMillis, connection);
		}
		catch (RuntimeException ex) {
			closeQuietly(connection, ex);
			throw ex;
		}
	}

	@Override
	public Optional<Path> file() {
		return Optional.of(file);
	}

	@Override
	public String location() {
		return "the ledger " + file;
	}

	// ---- applied migrations
	// ------------------------------------------------------------------

	/**
	 * Records an applied migration; a revision already recorded is an error naming it.
	 */
	@Override
	public void recordApplied(AppliedMigration migration) {
		Objects.requireNonNull(migration, "migration");
		write("record revision " + migration.revision() + " as applied", db -> {
			insertApplied(db, migration);
			return null;
		});
	}

	/**
	 * What a successful upgrade of one revision records, in one transaction: its row, its
	 * open batches marked committed, the event, and the journaled intent cleared. One
	 * commit instead of four per revision, and no moment at which the revision is
	 * recorded but still looks in flight.
	 */
	@Override
	public void recordUpgrade(AppliedMigration migration, LedgerEvent event) {
		Objects.requireNonNull(migration, "migration");
		Objects.requireNonNull(event, "event");
		write("record the upgrade of revision " + migration.revision(), db -> {
			insertApplied(db, migration);
			setBatchStatuses(db, migration.revision(), BatchStatus.OPEN, BatchStatus.COMMITTED);
			insertEvent(db, event);
			deleteIntent(db);
			return null;
		});
	}

	/**
	 * As {@link #recordDowngrade(String, LedgerEvent)}, but the batches in
	 * {@code stillInGraph} keep their status: the graph was counted and still holds some
	 * of their entities, and a batch is marked deleted only once none is left.
	 */
	@Override
	public void recordDowngrade(String revision, LedgerEvent event, Set<String> stillInGraph) {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(stillInGraph, "stillInGraph");
		write("record the downgrade of revision " + revision, db -> {
			deleteApplied(db, revision);
			if (stillInGraph.isEmpty()) {
				setBatchStatuses(db, revision, null, BatchStatus.DELETED);
			}
			else {
				for (BatchRecord batch : list(db,
						"SELECT " + LedgerRows.BATCH_COLUMNS + " FROM dataset_batches WHERE migration_id = ?",
						LedgerRows::batch, revision)) {
					if (!stillInGraph.contains(batch.batchId())) {
						setBatchStatus(db, batch.batchId(), BatchStatus.DELETED);
					}
				}
			}
			insertEvent(db, event);
			deleteIntent(db);
			return null;
		});
	}

	private void insertApplied(Connection db, AppliedMigration migration) throws SQLException {
		if (findApplied(db, migration.revision()).isPresent()) {
			throw new LedgerException(
					"Revision " + migration.revision() + " is already recorded as applied in the ledger " + file);
		}
		try (PreparedStatement insert = db.prepareStatement("INSERT INTO applied_migrations ("
				+ LedgerRows.APPLIED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, migration.revision());
			setNullable(insert, 2, migration.parent());
			insert.setString(3, migration.description());
			setNullable(insert, 4, migration.schemaHash());
			setNullable(insert, 5, migration.checksum());
			insert.setInt(6, migration.rollbackSafe() ? 1 : 0);
			insert.setString(7, migration.appliedAt().toString());
			insert.setLong(8, migration.durationMillis());
			insert.executeUpdate();
		}
	}

	/**
	 * Batches of {@code migrationId} with status {@code from} (any but {@code to} when
	 * null) get {@code to}.
	 */
	private static void setBatchStatuses(Connection db, String migrationId, BatchStatus from, BatchStatus to)
			throws SQLException {
		try (PreparedStatement update = db
			.prepareStatement("UPDATE dataset_batches SET status = ? WHERE migration_id = ?"
					+ (from == null ? " AND status <> ?" : " AND status = ?"))) {
			update.setString(1, to.name());
			update.setString(2, migrationId);
			update.setString(3, from == null ? to.name() : from.name());
			update.executeUpdate();
		}
	}

	/**
	 * Removes the row of a reverted migration; a revision not recorded is an error naming
	 * it.
	 */
	@Override
	public void removeApplied(String revision) {
		Objects.requireNonNull(revision, "revision");
		write("remove revision " + revision, db -> {
			deleteApplied(db, revision);
			return null;
		});
	}

	private void deleteApplied(Connection db, String revision) throws SQLException {
		try (PreparedStatement delete = db.prepareStatement("DELETE FROM applied_migrations WHERE revision = ?")) {
			delete.setString(1, revision);
			if (delete.executeUpdate() == 0) {
				throw new LedgerException("Revision " + revision + " is not recorded as applied in the ledger " + file);
			}
		}
	}

	/** In the order they were applied. */
	@Override
	public List<AppliedMigration> applied() {
		return read("read the applied migrations", db -> list(db,
				"SELECT " + LedgerRows.APPLIED_COLUMNS + " FROM applied_migrations ORDER BY seq", LedgerRows::applied));
	}

	@Override
	public Optional<AppliedMigration> applied(String revision) {
		Objects.requireNonNull(revision, "revision");
		return read("read revision " + revision, db -> findApplied(db, revision));
	}

	/** The most recently applied revision still applied. */
	@Override
	public Optional<AppliedMigration> head() {
		return read("read the head revision",
				db -> first(db,
						"SELECT " + LedgerRows.APPLIED_COLUMNS + " FROM applied_migrations ORDER BY seq DESC LIMIT 1",
						LedgerRows::applied));
	}

	// ---- batches
	// -----------------------------------------------------------------------------

	/**
	 * Inserts or replaces the batch row; a replaced batch keeps its place in creation
	 * order.
	 */
	@Override
	public void recordBatch(BatchRecord batch) {
		Objects.requireNonNull(batch, "batch");
		write("record batch " + batch.batchId(), db -> {
			try (PreparedStatement upsert = db.prepareStatement(
					"INSERT INTO dataset_batches (" + LedgerRows.BATCH_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
							+ "ON CONFLICT (batch_id) DO UPDATE SET migration_id = excluded.migration_id, "
							+ "source_file = excluded.source_file, file_checksum = excluded.file_checksum, "
							+ "loader_version = excluded.loader_version, record_count = excluded.record_count, "
							+ "status = excluded.status, created_at = excluded.created_at")) {
				upsert.setString(1, batch.batchId());
				upsert.setString(2, batch.migrationId());
				setNullable(upsert, 3, batch.sourceFile());
				setNullable(upsert, 4, batch.checksum());
				setNullable(upsert, 5, batch.loaderVersion());
				upsert.setLong(6, batch.recordCount());
				upsert.setString(7, batch.status().name());
				upsert.setString(8, batch.createdAt().toString());
				upsert.executeUpdate();
			}
			return null;
		});
	}

	/** Sets the status of a recorded batch; an unknown batch is an error naming it. */
	@Override
	public void updateBatchStatus(String batchId, BatchStatus status) {
		Objects.requireNonNull(batchId, "batchId");
		Objects.requireNonNull(status, "status");
		write("set the status of batch " + batchId, db -> {
			setBatchStatus(db, batchId, status);
			return null;
		});
	}

	private void setBatchStatus(Connection db, String batchId, BatchStatus status) throws SQLException {
		try (PreparedStatement update = db
			.prepareStatement("UPDATE dataset_batches SET status = ? WHERE batch_id = ?")) {
			update.setString(1, status.name());
			update.setString(2, batchId);
			requireBatchUpdated(update.executeUpdate(), batchId);
		}
	}

	/**
	 * Sets the record count of a recorded batch to what the graph was counted to hold:
	 * after a run resumed from its last committed chunk, the chunks counted one by one
	 * may miss the one committed just before the kill.
	 */
	@Override
	public void setBatchRecords(String batchId, long count) {
		Objects.requireNonNull(batchId, "batchId");
		write("count records of batch " + batchId, db -> {
			try (PreparedStatement update = db
				.prepareStatement("UPDATE dataset_batches SET record_count = ? WHERE batch_id = ?")) {
				update.setLong(1, count);
				update.setString(2, batchId);
				requireBatchUpdated(update.executeUpdate(), batchId);
			}
			return null;
		});
	}

	/**
	 * Adds {@code delta} to the record count of a recorded batch; an unknown batch is an
	 * error naming it.
	 */
	@Override
	public void addBatchRecords(String batchId, long delta) {
		Objects.requireNonNull(batchId, "batchId");
		write("count records of batch " + batchId, db -> {
			try (PreparedStatement update = db
				.prepareStatement("UPDATE dataset_batches SET record_count = record_count + ? WHERE batch_id = ?")) {
				update.setLong(1, delta);
				update.setString(2, batchId);
				requireBatchUpdated(update.executeUpdate(), batchId);
			}
			return null;
		});
	}

	@Override
	public Optional<BatchRecord> batch(String batchId) {
		Objects.requireNonNull(batchId, "batchId");
		return read("read batch " + batchId,
				db -> first(db, "SELECT " + LedgerRows.BATCH_COLUMNS + " FROM dataset_batches WHERE batch_id = ?",
						LedgerRows::batch, batchId));
	}

	/** In creation order. */
	@Override
	public List<BatchRecord> batches() {
		return read("read the batches", db -> list(db,
				"SELECT " + LedgerRows.BATCH_COLUMNS + " FROM dataset_batches ORDER BY seq", LedgerRows::batch));
	}

	/** The batches of one migration, in creation order. */
	@Override
	public List<BatchRecord> batchesOf(String migrationId) {
		Objects.requireNonNull(migrationId, "migrationId");
		return read("read the batches of " + migrationId,
				db -> list(db,
						"SELECT " + LedgerRows.BATCH_COLUMNS
								+ " FROM dataset_batches WHERE migration_id = ? ORDER BY seq",
						LedgerRows::batch, migrationId));
	}

	// ---- journal
	// -----------------------------------------------------------------------------

	/**
	 * Journals the step a run is about to take (replacing the previous one), and, when
	 * the step writes a batch, where: written before the step touches the graph.
	 * @param synced whether to sync this commit to disk: for steps that cannot simply run
	 * again after a power cut (data, raw Cypher); a schema step's {@code IF [NOT] EXISTS}
	 * can, and a sync per schema step would cost a 50-revision chain more than its
	 * statements
	 */
	@Override
	public void recordIntent(StepIntent intent, BatchTarget target, boolean synced) {
		Objects.requireNonNull(intent, "intent");
		Work<Void> journal = db -> {
			try (PreparedStatement upsert = db.prepareStatement("INSERT INTO run_journal (id, "
					+ LedgerRows.JOURNAL_COLUMNS + ") VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
					+ "ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, direction = excluded.direction, "
					+ "step = excluded.step, steps = excluded.steps, operation = excluded.operation, "
					+ "batch_id = excluded.batch_id, owner = excluded.owner, started_at = excluded.started_at, "
					+ "updated_at = excluded.updated_at, phase = excluded.phase, checksum = excluded.checksum")) {
				upsert.setString(1, intent.revision());
				upsert.setString(2, intent.direction());
				upsert.setInt(3, intent.step());
				upsert.setInt(4, intent.steps());
				setNullable(upsert, 5, intent.operation());
				setNullable(upsert, 6, intent.batchId());
				upsert.setString(7, intent.owner());
				upsert.setString(8, intent.startedAt().toString());
				upsert.setString(9, intent.updatedAt().toString());
				upsert.setString(10, intent.undoing() ? "UNDO" : "RUN");
				setNullable(upsert, 11, intent.checksum());
				upsert.executeUpdate();
			}
			if (target != null && intent.batchId() != null) {
				try (PreparedStatement insert = db
					.prepareStatement("INSERT OR IGNORE INTO batch_targets (batch_id, kind, name) VALUES (?, ?, ?)")) {
					insert.setString(1, intent.batchId());
					insert.setString(2, target.kind().name());
					insert.setString(3, target.name());
					insert.executeUpdate();
				}
			}
			return null;
		};
		String action = "journal the " + intent.describe();
		if (synced) {
			durableWrite(action, journal);
		}
		else {
			write(action, journal);
		}
	}

	/**
	 * The step in flight: present only while a run is in a revision, or after one died
	 * there.
	 */
	@Override
	public Optional<StepIntent> intent() {
		return read("read the journal", db -> first(db,
				"SELECT " + LedgerRows.JOURNAL_COLUMNS + " FROM run_journal WHERE id = 1", LedgerRows::intent));
	}

	/**
	 * Clears the journal with {@code event} in one transaction: a failed revision that
	 * was undone, or an interrupted one that recovery cleaned up, is no longer in flight.
	 */
	@Override
	public void clearIntent(LedgerEvent event) {
		Objects.requireNonNull(event, "event");
		write("clear the journal", db -> {
			insertEvent(db, event);
			deleteIntent(db);
			return null;
		});
	}

	private static void deleteIntent(Connection db) throws SQLException {
		try (Statement delete = db.createStatement()) {
			delete.executeUpdate("DELETE FROM run_journal");
		}
	}

	/** The labels and types {@code batchId} tags, in the order first recorded. */
	@Override
	public List<BatchTarget> batchTargets(String batchId) {
		Objects.requireNonNull(batchId, "batchId");
		return read("read the targets of batch " + batchId,
				db -> list(db, "SELECT kind, name FROM batch_targets WHERE batch_id = ? ORDER BY rowid",
						row -> new BatchTarget(BatchTarget.Kind.valueOf(row.getString("kind")), row.getString("name")),
						batchId));
	}

	// ---- snapshots
	// ---------------------------------------------------------------------------

	/**
	 * Stores the canonical JSON under its hash (no-op when already stored). Different
	 * JSON under a hash already stored is an error: the hash is the JSON's own digest, so
	 * that is a bug upstream.
	 */
	@Override
	public void saveSnapshot(String schemaHash, String canonicalJson) {
		Objects.requireNonNull(schemaHash, "schemaHash");
		Objects.requireNonNull(canonicalJson, "canonicalJson");
		write("save snapshot " + schemaHash, db -> {
			Optional<String> stored = findSnapshot(db, schemaHash);
			if (stored.isPresent()) {
				if (!stored.get().equals(canonicalJson)) {
					throw new LedgerException("Snapshot " + schemaHash + " is already stored in the ledger " + file
							+ " with different JSON");
				}
				return null;
			}
			try (PreparedStatement insert = db.prepareStatement(
					"INSERT INTO schema_snapshots (schema_hash, snapshot_json, created_at) VALUES (?, ?, ?)")) {
				insert.setString(1, schemaHash);
				insert.setString(2, canonicalJson);
				insert.setString(3, Instant.now().toString());
				insert.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public Map<String, String> snapshots() {
		Map<String, String> all = new LinkedHashMap<>();
		read("read the snapshots",
				db -> list(db, "SELECT schema_hash, snapshot_json FROM schema_snapshots ORDER BY rowid",
						row -> all.put(row.getString(1), row.getString(2))));
		return all;
	}

	@Override
	public Optional<String> snapshot(String schemaHash) {
		Objects.requireNonNull(schemaHash, "schemaHash");
		return read("read snapshot " + schemaHash, db -> findSnapshot(db, schemaHash));
	}

	// ---- events
	// ------------------------------------------------------------------------------

	/**
	 * Appends to the event log; the ledger assigns the sequence, the event's own is
	 * ignored.
	 */
	@Override
	public void append(LedgerEvent event) {
		Objects.requireNonNull(event, "event");
		write("append a " + event.kind() + " event", db -> {
			insertEvent(db, event);
			return null;
		});
	}

	private static void insertEvent(Connection db, LedgerEvent event) throws SQLException {
		try (PreparedStatement insert = db
			.prepareStatement("INSERT INTO events (at, kind, revision, outcome, detail) VALUES (?, ?, ?, ?, ?)")) {
			insert.setString(1, event.at().toString());
			insert.setString(2, event.kind());
			setNullable(insert, 3, event.revision());
			insert.setString(4, event.outcome());
			setNullable(insert, 5, event.detail());
			insert.executeUpdate();
		}
	}

	/** The most recent event of {@code kind}, or empty when there is none. */
	@Override
	public Optional<LedgerEvent> lastEvent(String kind) {
		Objects.requireNonNull(kind, "kind");
		return read("read the last " + kind + " event",
				db -> first(db,
						"SELECT " + LedgerRows.EVENT_COLUMNS + " FROM events WHERE kind = ? ORDER BY seq DESC LIMIT 1",
						LedgerRows::event, kind));
	}

	/** In order of appending. */
	@Override
	public List<LedgerEvent> events() {
		return read("read the event log",
				db -> list(db, "SELECT " + LedgerRows.EVENT_COLUMNS + " FROM events ORDER BY seq", LedgerRows::event));
	}

	// ---- lock
	// --------------------------------------------------------------------------------

	/**
	 * Takes the ledger's run lock for {@code owner}, or throws {@link LockedException}
	 * naming the current holder. Taking a lock {@code owner} already holds changes
	 * nothing.
	 */
	@Override
	public void lock(String owner) {
		Objects.requireNonNull(owner, "owner");
		write("take the run lock for " + owner, db -> {
			try (PreparedStatement query = db.prepareStatement("SELECT owner, acquired_at FROM run_lock WHERE id = 1");
					ResultSet rows = query.executeQuery()) {
				if (rows.next()) {
					String holder = rows.getString("owner");
					if (holder.equals(owner)) {
						return null;
					}
					throw new LockedException(
							"The ledger " + file + " is locked by " + holder + " since " + rows.getString("acquired_at")
									+ "; wait for that run to finish, or run 'crochet unlock' if it died");
				}
			}
			try (PreparedStatement insert = db
				.prepareStatement("INSERT INTO run_lock (id, owner, acquired_at) VALUES (1, ?, ?)")) {
				insert.setString(1, owner);
				insert.setString(2, Instant.now().toString());
				insert.executeUpdate();
			}
			return null;
		});
	}

	/**
	 * Hands the lock from {@code holder} (a run that died) to {@code owner}, in one
	 * transaction, only if {@code holder} still holds it: two runs that both find the
	 * dead holder cannot both take over.
	 * @return whether {@code owner} now holds the lock
	 */
	@Override
	public boolean takeOverLock(String holder, String owner) {
		Objects.requireNonNull(holder, "holder");
		Objects.requireNonNull(owner, "owner");
		return write("take over the run lock of " + holder, db -> {
			try (PreparedStatement update = db
				.prepareStatement("UPDATE run_lock SET owner = ?, acquired_at = ? WHERE id = 1 AND owner = ?")) {
				update.setString(1, owner);
				update.setString(2, Instant.now().toString());
				update.setString(3, holder);
				return update.executeUpdate() == 1;
			}
		});
	}

	/** Releases the lock if {@code owner} holds it; a lock held by someone else stays. */
	@Override
	public void unlock(String owner) {
		Objects.requireNonNull(owner, "owner");
		write("release the run lock of " + owner, db -> {
			try (PreparedStatement delete = db.prepareStatement("DELETE FROM run_lock WHERE owner = ?")) {
				delete.setString(1, owner);
				delete.executeUpdate();
			}
			return null;
		});
	}

	/** Removes any lock, whoever holds it (for a run that died). */
	@Override
	public void forceUnlock() {
		write("remove the run lock", db -> {
			try (Statement delete = db.createStatement()) {
				delete.executeUpdate("DELETE FROM run_lock");
			}
			return null;
		});
	}

	/** The run lock, or empty when nobody holds it. */
	@Override
	public Optional<RunLock> lock() {
		return read("read the run lock", db -> first(db, "SELECT owner, acquired_at FROM run_lock WHERE id = 1",
				row -> new RunLock(row.getString("owner"), Instant.parse(row.getString("acquired_at")))));
	}

	/** The owner of the run lock, or empty when nobody holds it. */
	@Override
	public Optional<String> lockHolder() {
		return read("read the run lock",
				db -> first(db, "SELECT owner FROM run_lock WHERE id = 1", row -> row.getString(1)));
	}

	// ---- integrity
	// ---------------------------------------------------------------------------

	/**
	 * What SQLite's {@code PRAGMA quick_check} finds wrong with the file, one problem a
	 * line; empty when it is intact. When SQLite gives up without naming a page (the file
	 * is too damaged to check), its error is the one problem.
	 */
	@Override
	public List<String> damage() {
		return read("check the ledger's integrity", SqliteLedger::quickCheck);
	}

	/**
	 * Throws {@link LedgerDamagedException}, naming the file, the first problem and the
	 * tables it is in, when {@link #damage()} finds anything: the check before every run
	 * that changes the graph. On a ledger of a 50-revision chain it costs about 0.1 ms.
	 */
	@Override
	public void requireIntact() {
		List<String> damage = damage();
		if (!damage.isEmpty()) {
			throw new LedgerDamagedException(file, damage, read("name the damaged tables", db -> parts(db, damage)));
		}
	}

	private static List<String> quickCheck(Connection db) throws SQLException {
		List<String> problems = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
			while (rows.next()) {
				// One row may hold several problems, a line each; "ok" alone means
				// intact, and "*** in database main ***" heads the list.
				for (String line : String.valueOf(rows.getString(1)).split("\\R")) {
					if (!line.isBlank() && !line.equals("ok") && !line.startsWith("*** in database")) {
						problems.add(line.strip());
					}
				}
			}
		}
		catch (SQLException ex) {
			int code = ex.getErrorCode() & 0xff;
			if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB) {
				throw ex;
			}
			// After naming the damaged pages SQLite stops with SQLITE_CORRUPT: only news
			// when it named none.
			if (problems.isEmpty()) {
				problems.add(sqliteWords(ex));
			}
		}
		return problems;
	}

	/**
	 * The tables and indexes whose trees quick_check named ("Tree 12 page 44: ..."), as
	 * {@code table events}; what cannot be read is left out.
	 */
	private static List<String> parts(Connection db, List<String> damage) {
		List<String> parts = new ArrayList<>();
		for (String problem : damage) {
			Matcher tree = DAMAGED_TREE.matcher(problem);
			if (!tree.lookingAt()) {
				continue;
			}
			try (PreparedStatement query = db
				.prepareStatement("SELECT type || ' ' || name FROM sqlite_master WHERE rootpage = ?")) {
				query.setInt(1, Integer.parseInt(tree.group(1)));
				try (ResultSet rows = query.executeQuery()) {
					if (rows.next() && !parts.contains(rows.getString(1))) {
						parts.add(rows.getString(1));
					}
				}
			}
			catch (SQLException | NumberFormatException ex) {
				// The schema itself is damaged: the pages are named all the same.
			}
		}
		return parts;
	}

	/** SQLite's own words, without the driver's "[SQLITE_CORRUPT] ..." wrapping. */
	private static String sqliteWords(SQLException ex) {
		String message = String.valueOf(ex.getMessage());
		int open = message.lastIndexOf(" (");
		return message.startsWith("[") && open > 0 && message.endsWith(")")
				? message.substring(open + 2, message.length() - 1) : message;
	}

	/**
	 * Closes the connection; calling it again does nothing, any other call afterwards
	 * fails.
	 */
	@Override
	public synchronized void close() {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			throw new LedgerException("Cannot close the ledger " + file + ": " + ex.getMessage(), ex);
		}
		finally {
			connection = null;
		}
	}

	@Override
	public String toString() {
		return "SqliteLedger[" + file + "]";
	}

	// ---- opening
	// -----------------------------------------------------------------------------

	private static void createParentFolders(Path ledgerFile) {
		Path parent = ledgerFile.getParent();
		if (parent == null || Files.isDirectory(parent)) {
			return;
		}
		try {
			Files.createDirectories(parent);
		}
		catch (IOException ex) {
			throw new LedgerException("Cannot create the folder " + parent + " of the ledger " + ledgerFile + ": " + ex,
					ex);
		}
	}

	/**
	 * Looks at an existing, non-empty file through a read-only connection, so nothing
	 * (not even a journal-mode switch or a checkpoint on close) can touch a file that
	 * turns out not to be ours.
	 */
	private static void refuseForeignFile(Path ledgerFile, int busyTimeoutMillis) {
		try {
			if (!Files.exists(ledgerFile) || Files.size(ledgerFile) == 0) {
				return;
			}
		}
		catch (IOException ex) {
			throw new LedgerException("Cannot read the ledger " + ledgerFile + ": " + ex, ex);
		}
		Connection readOnly = connect(ledgerFile, true, busyTimeoutMillis);
		try {
			LedgerSchema.inspect(readOnly, ledgerFile);
		}
		catch (RuntimeException ex) {
			closeQuietly(readOnly, ex);
			throw ex;
		}
		try {
			readOnly.close();
		}
		catch (SQLException ex) {
			throw new LedgerException("Cannot read the ledger " + ledgerFile + ": " + ex.getMessage(), ex);
		}
	}

	private static Connection connect(Path ledgerFile, boolean readOnly, int busyTimeoutMillis) {
		SQLiteConfig config = new SQLiteConfig();
		config.setBusyTimeout(busyTimeoutMillis);
		config.setReadOnly(readOnly);
		try {
			return config.createConnection("jdbc:sqlite:" + ledgerFile);
		}
		catch (SQLException ex) {
			throw new LedgerException("Cannot open the ledger " + ledgerFile + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Switching a fresh file to WAL needs an exclusive lock, and SQLite answers
	 * SQLITE_BUSY at once (no busy handler) while another connection is creating the same
	 * fresh ledger: retry until the busy timeout, as every other write waits that long.
	 */
	private static void useWriteAheadLog(Connection connection, Path ledgerFile, int busyTimeoutMillis) {
		long deadline = System.nanoTime() + busyTimeoutMillis * 1_000_000L;
		while (true) {
			try {
				useWriteAheadLog(connection, ledgerFile);
				return;
			}
			catch (LedgerException ex) {
				boolean busy = ex.getCause() instanceof SQLException sql && sql.getMessage() != null
						&& sql.getMessage().contains("SQLITE_BUSY");
				if (!busy || System.nanoTime() > deadline) {
					throw ex;
				}
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	private static void useWriteAheadLog(Connection connection, Path ledgerFile) {
		try (Statement statement = connection.createStatement();
				ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
			String actual = mode.next() ? mode.getString(1) : "";
			if (!"wal".equalsIgnoreCase(actual)) {
				throw new LedgerException("Cannot put the ledger " + ledgerFile
						+ " in write-ahead-log mode (journal_mode is " + actual + ")");
			}
			// In WAL mode NORMAL never corrupts the file and survives a crash of the
			// process; only a power
			// loss can drop the last commits. FULL would sync every write (2-5 ms each,
			// measured), several
			// per revision, which made a 50-migration chain measurably slower than the
			// raw driver. Only the
			// journal's writes before data steps are synced (see durableWrite): after a
			// power cut, what a
			// lost commit recorded is found again through the journal written before it.
			statement.execute("PRAGMA synchronous = NORMAL");
		}
		catch (SQLException ex) {
			throw new LedgerException(
					"Cannot put the ledger " + ledgerFile + " in write-ahead-log mode: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Creates or upgrades the schema under the write lock, inspecting again inside it:
	 * another process may have initialised the same fresh file between our first look and
	 * now.
	 */
	private static void prepareSchema(Connection connection, Path ledgerFile) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("BEGIN IMMEDIATE");
			try {
				int version = LedgerSchema.inspect(connection, ledgerFile);
				if (version < LedgerSchema.CURRENT_VERSION) {
					LedgerSchema.upgrade(connection, version);
				}
				statement.execute("COMMIT");
			}
			catch (SQLException | RuntimeException ex) {
				statement.execute("ROLLBACK");
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new LedgerException("Cannot create the schema of the ledger " + ledgerFile + ": " + ex.getMessage(),
					ex);
		}
	}

	private static void closeQuietly(Connection connection, Exception cause) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			cause.addSuppressed(ex);
		}
	}

	// ---- transactions
	// ------------------------------------------------------------------------

	/** Work against the connection; the caller owns the transaction around it. */
	@FunctionalInterface
	private interface Work<T> {

		T run(Connection db) throws SQLException;

	}

	/** A row mapping that may throw {@link SQLException}. */
	@FunctionalInterface
	private interface RowReader<T> {

		T read(ResultSet row) throws SQLException;

	}

	/**
	 * Runs {@code work} in one write transaction. {@code BEGIN IMMEDIATE} takes the write
	 * lock first, so a second writer waits out the busy timeout instead of failing
	 * halfway through.
	 */
	private synchronized <T> T write(String action, Work<T> work) {
		Connection db = openConnection();
		try (Statement statement = db.createStatement()) {
			statement.execute("BEGIN IMMEDIATE");
			try {
				T result = work.run(db);
				statement.execute("COMMIT");
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				rollback(statement, ex);
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw failure(action, ex);
		}
	}

	/**
	 * As {@link #write}, synced to disk before it returns ({@code synchronous = FULL} for
	 * this one commit): the journal must survive a power cut that the graph's own commit
	 * survives. Syncing the log also makes every earlier commit durable, so the journal
	 * never outlives what it depends on.
	 */
	private synchronized <T> T durableWrite(String action, Work<T> work) {
		Connection db = openConnection();
		try (Statement pragma = db.createStatement()) {
			pragma.execute("PRAGMA synchronous = FULL");
			try {
				return write(action, work);
			}
			finally {
				pragma.execute("PRAGMA synchronous = NORMAL");
			}
		}
		catch (SQLException ex) {
			throw failure(action, ex);
		}
	}

	private synchronized <T> T read(String action, Work<T> work) {
		Connection db = openConnection();
		try {
			return work.run(db);
		}
		catch (SQLException ex) {
			throw failure(action, ex);
		}
	}

	private Connection openConnection() {
		if (connection == null) {
			throw new LedgerException("The ledger " + file + " is closed");
		}
		return connection;
	}

	private static void rollback(Statement statement, Exception cause) {
		try {
			statement.execute("ROLLBACK");
		}
		catch (SQLException ex) {
			cause.addSuppressed(ex);
		}
	}

	private LedgerException failure(String action, SQLException ex) {
		int code = ex.getErrorCode() & 0xff;
		if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
			return new LedgerException("Cannot " + action + ": the ledger " + file + " stayed busy for more than "
					+ busyTimeoutMillis + " ms (another process is writing to it)", ex);
		}
		return new LedgerException("Cannot " + action + " in the ledger " + file + ": " + ex.getMessage(), ex);
	}

	// ---- queries
	// -----------------------------------------------------------------------------

	private static Optional<AppliedMigration> findApplied(Connection db, String revision) throws SQLException {
		return first(db, "SELECT " + LedgerRows.APPLIED_COLUMNS + " FROM applied_migrations WHERE revision = ?",
				LedgerRows::applied, revision);
	}

	private static Optional<String> findSnapshot(Connection db, String schemaHash) throws SQLException {
		return first(db, "SELECT snapshot_json FROM schema_snapshots WHERE schema_hash = ?", row -> row.getString(1),
				schemaHash);
	}

	private static <T> Optional<T> first(Connection db, String sql, RowReader<T> reader, String... parameters)
			throws SQLException {
		List<T> rows = list(db, sql, reader, parameters);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	private static <T> List<T> list(Connection db, String sql, RowReader<T> reader, String... parameters)
			throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setString(i + 1, parameters[i]);
			}
			List<T> result = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					result.add(reader.read(rows));
				}
			}
			return result;
		}
	}

	private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, value);
		}
	}

	private void requireBatchUpdated(int updated, String batchId) {
		if (updated == 0) {
			throw new LedgerException("Batch " + batchId + " is not recorded in the ledger " + file);
		}
	}

}
