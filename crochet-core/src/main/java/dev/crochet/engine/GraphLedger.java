package dev.crochet.engine;

import dev.crochet.LockedException;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.BatchTarget;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerDamagedException;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.LedgerException;
import dev.crochet.ledger.RunLock;
import dev.crochet.ledger.StepIntent;
import dev.crochet.ledger.UnfinishedCall;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The ledger kept in the migrated database itself, so every machine that migrates it
 * shares one history (as Flyway's history table and Neo4j-Migrations' chain nodes do):
 * one {@code _CrochetLedger} root (schema version, sequence counter, run lock), and a
 * node per applied revision ({@code _CrochetApplied}), batch ({@code _CrochetBatch}),
 * batch target ({@code _CrochetBatchTarget}), schema snapshot ({@code _CrochetSnapshot})
 * and event ({@code _CrochetEvent}), and at most one journaled step
 * ({@code _CrochetJournal}). Crochet's internal labels keep them out of every
 * fingerprint, drift check and {@code cleanData()}.
 *
 * <p>
 * Every write is one transaction that first increments the root's sequence: that takes
 * the root's write lock, so writes from several machines serialise as {@code BEGIN
 * IMMEDIATE} serialises them on the ledger file, and the number orders what they create.
 * A commit is durable once Neo4j acknowledged it (its transaction log is flushed on
 * commit), so the journal needs no separate sync. The root is created by the first write:
 * reading a database never writes to it.
 */
public final class GraphLedger implements Ledger {

	/** The version of the graph ledger's layout this Crochet writes. */
	static final int VERSION = 1;

	static final String ROOT = Internal.LABEL_PREFIX + "Ledger";

	static final String APPLIED = Internal.LABEL_PREFIX + "Applied";

	static final String BATCH = Internal.LABEL_PREFIX + "Batch";

	static final String TARGET = Internal.LABEL_PREFIX + "BatchTarget";

	static final String SNAPSHOT = Internal.LABEL_PREFIX + "Snapshot";

	static final String EVENT = Internal.LABEL_PREFIX + "Event";

	static final String JOURNAL = Internal.LABEL_PREFIX + "Journal";

	/** Every label the graph ledger writes, for what removes or copies it whole. */
	static final List<String> LABELS = List.of(ROOT, APPLIED, BATCH, TARGET, SNAPSHOT, EVENT, JOURNAL);

	/**
	 * One schema transaction: the root's constraint makes racing first writes share one
	 * root; the others make the lookups by key index seeks.
	 */
	private static final List<String> CONSTRAINTS = List.of(
			"CREATE CONSTRAINT crochet_internal_ledger IF NOT EXISTS FOR (n:" + ROOT + ") REQUIRE n.name IS UNIQUE",
			"CREATE CONSTRAINT crochet_internal_applied IF NOT EXISTS FOR (n:" + APPLIED
					+ ") REQUIRE n.revision IS UNIQUE",
			"CREATE CONSTRAINT crochet_internal_batch IF NOT EXISTS FOR (n:" + BATCH + ") REQUIRE n.batchId IS UNIQUE",
			"CREATE CONSTRAINT crochet_internal_snapshot IF NOT EXISTS FOR (n:" + SNAPSHOT
					+ ") REQUIRE n.schemaHash IS UNIQUE");

	/**
	 * Takes the root's write lock and the next {@code $n} sequence numbers (the last is
	 * returned), setting {@code $root} on it: what a write changes on the root alone (the
	 * call) needs no statement of its own. Every statement is planned afresh after a
	 * call's schema changes, so their number is what a call costs.
	 */
	private static final String LATCH = "MATCH (l:" + ROOT
			+ " {name: 'crochet'}) SET l.seq = l.seq + $n, l += $root RETURN l";

	private static final String READ_ROOT = "MATCH (l:" + ROOT + " {name: 'crochet'}) RETURN l";

	/** The root's properties that record the call in progress. */
	private static final List<String> CALL = List.of("callDirection", "callRevisions", "callOwner", "callStartedAt");

	private static final String SET_LOCK = "MATCH (l:" + ROOT
			+ " {name: 'crochet'}) SET l.lockOwner = $owner, l.lockSince = $since";

	private static final String FIND_APPLIED = "MATCH (a:" + APPLIED + " {revision: $revision}) RETURN a";

	private final Graph graph;

	private volatile boolean closed;

	/**
	 * The records of rerunnable steps not yet written, in order: only while a call is
	 * open; written in the next write's transaction, each with its own sequence number.
	 * Guarded by this instance's monitor, as are {@link #heldIntent} and
	 * {@link #callOwner}.
	 */
	private final List<HeldRecords.Held> held = new ArrayList<>();

	/** The journal of a rerunnable step, held back; written with the next write. */
	private StepIntent heldIntent;

	/** The owner of the open call, or null. */
	private String callOwner;

	/**
	 * Whether this instance has written to the root: a lock it took is then released
	 * without asking the graph first whether a history exists.
	 */
	private volatile boolean rooted;

	private GraphLedger(Graph graph) {
		this.graph = Objects.requireNonNull(graph, "graph");
	}

	/**
	 * The history kept in {@code graph}'s database; nothing is written until the first
	 * record.
	 */
	public static Ledger open(Graph graph) {
		return new GraphLedger(graph);
	}

	/** Whether the graph behind {@code graph} keeps a history of its own. */
	static boolean present(Graph graph) {
		return !graph.query("MATCH (l:" + ROOT + ") RETURN l.version AS version LIMIT 1", Map.of(), r -> r).isEmpty();
	}

	@Override
	public Optional<Path> file() {
		return Optional.empty();
	}

	@Override
	public String location() {
		return "the graph ledger of "
				+ (graph.database() == null ? "the default database" : "database " + graph.database()) + " at "
				+ graph.uri();
	}

	// ---- applied migrations

	@Override
	public void recordApplied(AppliedMigration migration) {
		Objects.requireNonNull(migration, "migration");
		write("record revision " + migration.revision() + " as applied", (tx, seq) -> {
			createApplied(tx, migration, seq);
			return null;
		});
	}

	@Override
	public void recordUpgrade(AppliedMigration migration, LedgerEvent event) {
		Objects.requireNonNull(migration, "migration");
		Objects.requireNonNull(event, "event");
		HeldRecords.Held record = new HeldRecords.Upgrade(migration, event);
		if (!holdBack(migration.revision(), "UPGRADE", record)) {
			writeRecord("record the upgrade of revision " + migration.revision(), record);
		}
	}

	@Override
	public void recordDowngrade(String revision, LedgerEvent event, Set<String> stillInGraph) {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(stillInGraph, "stillInGraph");
		HeldRecords.Held record = new HeldRecords.Downgrade(revision, event, stillInGraph);
		if (!holdBack(revision, "DOWNGRADE", record)) {
			writeRecord("record the downgrade of revision " + revision, record);
		}
	}

	/** One record written now, by the statements that write held ones. */
	private void writeRecord(String action, HeldRecords.Held record) {
		write(action, (tx, seq) -> {
			HeldRecords.write(tx, List.of(record), seq, location());
			return null;
		});
	}

	@Override
	public void removeApplied(String revision) {
		Objects.requireNonNull(revision, "revision");
		write("remove revision " + revision, (tx, seq) -> {
			deleteApplied(tx, revision);
			return null;
		});
	}

	private void createApplied(TransactionContext tx, AppliedMigration migration, long seq) {
		if (tx.run(FIND_APPLIED, Map.of("revision", migration.revision())).hasNext()) {
			throw new LedgerException(
					"Revision " + migration.revision() + " is already recorded as applied in " + location());
		}
		tx.run("CREATE (a:" + APPLIED + ") SET a = $row", Map.of("row", GraphRecords.applied(migration, seq)))
			.consume();
	}

	private void deleteApplied(TransactionContext tx, String revision) {
		long deleted = tx
			.run("MATCH (a:" + APPLIED + " {revision: $revision}) DELETE a RETURN count(*) AS n",
					Map.of("revision", revision))
			.single()
			.get("n")
			.asLong();
		if (deleted == 0) {
			throw new LedgerException("Revision " + revision + " is not recorded as applied in " + location());
		}
	}

	@Override
	public List<AppliedMigration> applied() {
		return read("MATCH (a:" + APPLIED + ") RETURN a ORDER BY a.seq", Map.of(),
				r -> GraphRecords.applied(r.get("a")));
	}

	@Override
	public Optional<AppliedMigration> applied(String revision) {
		Objects.requireNonNull(revision, "revision");
		return first(FIND_APPLIED, Map.of("revision", revision), r -> GraphRecords.applied(r.get("a")));
	}

	@Override
	public Optional<AppliedMigration> head() {
		return first("MATCH (a:" + APPLIED + ") RETURN a ORDER BY a.seq DESC LIMIT 1", Map.of(),
				r -> GraphRecords.applied(r.get("a")));
	}

	// ---- batches

	@Override
	public void recordBatch(BatchRecord batch) {
		Objects.requireNonNull(batch, "batch");
		write("record batch " + batch.batchId(), (tx, seq) -> {
			tx.run("MERGE (b:" + BATCH + " {batchId: $id}) ON CREATE SET b.seq = $seq SET b += $row",
					Map.of("id", batch.batchId(), "seq", seq, "row", GraphRecords.batch(batch)))
				.consume();
			return null;
		});
	}

	@Override
	public void updateBatchStatus(String batchId, BatchStatus status) {
		Objects.requireNonNull(batchId, "batchId");
		Objects.requireNonNull(status, "status");
		updateBatch("set the status of batch " + batchId, batchId, "b.status = $value", status.name());
	}

	@Override
	public void setBatchRecords(String batchId, long count) {
		Objects.requireNonNull(batchId, "batchId");
		updateBatch("count records of batch " + batchId, batchId, "b.recordCount = $value", count);
	}

	/**
	 * Held back while a call is open: one commit per chunk would cost an ingest a graph
	 * transaction per chunk, and a count lost with a killed run is taken from the graph
	 * when the run is resumed (or proven zero when it is undone).
	 */
	@Override
	public void addBatchRecords(String batchId, long delta) {
		Objects.requireNonNull(batchId, "batchId");
		synchronized (this) {
			if (callOwner != null) {
				held.add(new HeldRecords.Count(batchId, delta));
				return;
			}
		}
		updateBatch("count records of batch " + batchId, batchId, "b.recordCount = b.recordCount + $value", delta);
	}

	private void updateBatch(String action, String batchId, String assignment, Object value) {
		write(action, (tx, seq) -> {
			requireBatch(batchId, tx
				.run("MATCH (b:" + BATCH + " {batchId: $id}) SET " + assignment + " RETURN b.batchId",
						Map.of("id", batchId, "value", value))
				.hasNext());
			return null;
		});
	}

	private void requireBatch(String batchId, boolean found) {
		if (!found) {
			throw new LedgerException("Batch " + batchId + " is not recorded in " + location());
		}
	}

	@Override
	public Optional<BatchRecord> batch(String batchId) {
		Objects.requireNonNull(batchId, "batchId");
		return first("MATCH (b:" + BATCH + " {batchId: $id}) RETURN b", Map.of("id", batchId),
				r -> GraphRecords.batch(r.get("b")));
	}

	@Override
	public List<BatchRecord> batches() {
		return read("MATCH (b:" + BATCH + ") RETURN b ORDER BY b.seq", Map.of(), r -> GraphRecords.batch(r.get("b")));
	}

	@Override
	public List<BatchRecord> batchesOf(String migrationId) {
		Objects.requireNonNull(migrationId, "migrationId");
		return read("MATCH (b:" + BATCH + " {migrationId: $migration}) RETURN b ORDER BY b.seq",
				Map.of("migration", migrationId), r -> GraphRecords.batch(r.get("b")));
	}

	@Override
	public List<BatchTarget> batchTargets(String batchId) {
		Objects.requireNonNull(batchId, "batchId");
		return read("MATCH (t:" + TARGET + " {batchId: $id}) RETURN t ORDER BY t.seq", Map.of("id", batchId),
				r -> GraphRecords.target(r.get("t")));
	}

	// ---- journal

	/**
	 * One transaction, durable on commit whatever {@code synced} says: Neo4j flushes its
	 * transaction log when it commits.
	 */
	@Override
	public void recordIntent(StepIntent intent, BatchTarget target, boolean synced) {
		Objects.requireNonNull(intent, "intent");
		synchronized (this) {
			if (callOwner != null && !synced && target == null && !intent.undoing()) {
				// A step that can simply run again: journaled with the next write.
				heldIntent = intent;
				return;
			}
		}
		write("journal the " + intent.describe(), (tx, seq) -> {
			tx.run("MERGE (j:" + JOURNAL + " {id: 1}) SET j += $row", Map.of("row", GraphRecords.intent(intent)))
				.consume();
			if (target != null && intent.batchId() != null) {
				recordTarget(tx, intent.batchId(), target, seq);
			}
			return null;
		});
	}

	private static void recordTarget(TransactionContext tx, String batchId, BatchTarget target, long seq) {
		tx.run("MERGE (t:" + TARGET + " {batchId: $id, kind: $kind, name: $name}) ON CREATE SET t.seq = $seq",
				Map.of("id", batchId, "kind", target.kind().name(), "name", target.name(), "seq", seq))
			.consume();
	}

	@Override
	public Optional<StepIntent> intent() {
		return first("MATCH (j:" + JOURNAL + ") RETURN j", Map.of(), r -> GraphRecords.intent(r.get("j")));
	}

	@Override
	public void clearIntent(LedgerEvent event) {
		Objects.requireNonNull(event, "event");
		write("clear the journal", (tx, seq) -> {
			createEvent(tx, event, seq);
			deleteIntent(tx);
			return null;
		});
	}

	private static void deleteIntent(TransactionContext tx) {
		tx.run("MATCH (j:" + JOURNAL + ") DELETE j").consume();
	}

	// ---- calls

	/**
	 * Records the call in the graph, then holds back the records of rerunnable steps: a
	 * chain of schema revisions costs the graph two commits rather than two a revision. A
	 * run that dies leaves the call behind, and the next run finishes it.
	 */
	@Override
	public synchronized void beginCall(String direction, List<String> revisions, String owner) {
		Map<String, Object> call = Map.of("callDirection", direction, "callRevisions", List.copyOf(revisions),
				"callOwner", owner, "callStartedAt", Instant.now().toString());
		writeOnRoot("record the " + direction.toLowerCase(java.util.Locale.ROOT) + " call of " + owner, call,
				(tx, root) -> null);
		callOwner = owner;
	}

	@Override
	public synchronized void endCall() {
		if (callOwner == null) {
			return;
		}
		String owner = callOwner;
		// Whatever happens next, nothing more is held back: a failed write keeps what it
		// held for the next.
		callOwner = null;
		// Null removes a property: the root no longer records a call.
		Map<String, Object> none = new HashMap<>();
		CALL.forEach(key -> none.put(key, null));
		writeOnRoot("end the call of " + owner, none, (tx, root) -> null);
	}

	@Override
	public Optional<UnfinishedCall> unfinishedCall() {
		return root().filter(root -> !root.get("callOwner").isNull())
			.map(root -> new UnfinishedCall(root.get("callDirection").asString(),
					root.get("callRevisions").asList(Value::asString), root.get("callOwner").asString(),
					Instant.parse(root.get("callStartedAt").asString())));
	}

	/** The root as it stands, with the lock and the call it records. */
	private Optional<Value> root() {
		return first(READ_ROOT, Map.of(), r -> r.get("l"));
	}

	/**
	 * Holds {@code record} back when the open call journaled every step of
	 * {@code revision} since the last write as rerunnable; the record clears that
	 * journal.
	 */
	private synchronized boolean holdBack(String revision, String direction, HeldRecords.Held record) {
		if (callOwner == null || heldIntent == null || !heldIntent.revision().equals(revision)
				|| !heldIntent.direction().equals(direction)) {
			return false;
		}
		held.add(record);
		heldIntent = null;
		return true;
	}

	// ---- snapshots

	@Override
	public void saveSnapshot(String schemaHash, String canonicalJson) {
		Objects.requireNonNull(schemaHash, "schemaHash");
		Objects.requireNonNull(canonicalJson, "canonicalJson");
		write("save snapshot " + schemaHash, (tx, seq) -> {
			List<String> stored = tx
				.run("MATCH (s:" + SNAPSHOT + " {schemaHash: $hash}) RETURN s.json AS json", Map.of("hash", schemaHash))
				.list(r -> r.get("json").asString());
			if (!stored.isEmpty()) {
				if (!stored.get(0).equals(canonicalJson)) {
					throw new LedgerException(
							"Snapshot " + schemaHash + " is already stored in " + location() + " with different JSON");
				}
				return null;
			}
			tx.run("CREATE (s:" + SNAPSHOT + " {schemaHash: $hash, json: $json, createdAt: $at})",
					Map.of("hash", schemaHash, "json", canonicalJson, "at", Instant.now().toString()))
				.consume();
			return null;
		});
	}

	@Override
	public Optional<String> snapshot(String schemaHash) {
		Objects.requireNonNull(schemaHash, "schemaHash");
		return first("MATCH (s:" + SNAPSHOT + " {schemaHash: $hash}) RETURN s.json AS json", Map.of("hash", schemaHash),
				r -> r.get("json").asString());
	}

	@Override
	public Map<String, String> snapshots() {
		Map<String, String> all = new LinkedHashMap<>();
		graph.stream("MATCH (s:" + SNAPSHOT + ") RETURN s.schemaHash AS hash, s.json AS json ORDER BY s.createdAt",
				Map.of(), r -> all.put(r.get("hash").asString(), r.get("json").asString()));
		return all;
	}

	// ---- events

	@Override
	public void append(LedgerEvent event) {
		Objects.requireNonNull(event, "event");
		write("append a " + event.kind() + " event", (tx, seq) -> {
			createEvent(tx, event, seq);
			return null;
		});
	}

	private static void createEvent(TransactionContext tx, LedgerEvent event, long seq) {
		tx.run("CREATE (e:" + EVENT + ") SET e = $row", Map.of("row", GraphRecords.event(event, seq))).consume();
	}

	@Override
	public Optional<LedgerEvent> lastEvent(String kind) {
		Objects.requireNonNull(kind, "kind");
		return first("MATCH (e:" + EVENT + " {kind: $kind}) RETURN e ORDER BY e.seq DESC LIMIT 1", Map.of("kind", kind),
				r -> GraphRecords.event(r.get("e")));
	}

	@Override
	public List<LedgerEvent> events() {
		return read("MATCH (e:" + EVENT + ") RETURN e ORDER BY e.seq", Map.of(), r -> GraphRecords.event(r.get("e")));
	}

	// ---- lock

	@Override
	public void lock(String owner) {
		Objects.requireNonNull(owner, "owner");
		writeOnRoot("take the run lock for " + owner, (tx, root) -> {
			Value holder = root.get("lockOwner");
			if (!holder.isNull()) {
				if (holder.asString().equals(owner)) {
					return null;
				}
				throw new LockedException(capitalised() + " is locked by " + holder.asString() + " since "
						+ root.get("lockSince").asString()
						+ "; wait for that run to finish, or run 'crochet unlock' if it died");
			}
			setLock(tx, owner);
			return null;
		});
	}

	@Override
	public boolean takeOverLock(String holder, String owner) {
		Objects.requireNonNull(holder, "holder");
		Objects.requireNonNull(owner, "owner");
		return writeOnRoot("take over the run lock of " + holder, (tx, root) -> {
			if (!holder.equals(text(root, "lockOwner"))) {
				return false;
			}
			setLock(tx, owner);
			return true;
		});
	}

	@Override
	public void unlock(String owner) {
		Objects.requireNonNull(owner, "owner");
		if (!rooted && !present(graph)) {
			return;
		}
		writeOnRoot("release the run lock of " + owner, (tx, root) -> {
			if (owner.equals(text(root, "lockOwner"))) {
				removeLock(tx);
			}
			return null;
		});
	}

	@Override
	public void forceUnlock() {
		if (!present(graph)) {
			return;
		}
		writeOnRoot("remove the run lock", (tx, root) -> {
			removeLock(tx);
			return null;
		});
	}

	private static void setLock(TransactionContext tx, String owner) {
		Map<String, Object> lock = new HashMap<>();
		lock.put("owner", owner);
		lock.put("since", owner == null ? null : Instant.now().toString());
		tx.run(SET_LOCK, lock).consume();
	}

	/**
	 * Null removes a property: one statement takes and gives back the lock, so a call
	 * plans it once after its schema changes rather than twice.
	 */
	private static void removeLock(TransactionContext tx) {
		setLock(tx, null);
	}

	@Override
	public Optional<RunLock> lock() {
		return root().filter(root -> !root.get("lockOwner").isNull())
			.map(root -> new RunLock(root.get("lockOwner").asString(),
					Instant.parse(root.get("lockSince").asString())));
	}

	@Override
	public Optional<String> lockHolder() {
		return lock().map(RunLock::owner);
	}

	// ---- integrity

	/**
	 * What would make the history ambiguous: nodes a person or a tool duplicated that the
	 * graph's constraints would have refused (they are gone, or were never made), or a
	 * layout written by a newer Crochet.
	 */
	@Override
	public List<String> damage() {
		List<String> problems = new ArrayList<>();
		// One statement: every call asks, right after the last call's schema changes.
		Record found = graph
			.query("OPTIONAL MATCH (l:" + ROOT + ") WITH count(l) AS roots, max(l.version) AS version"
					+ " OPTIONAL MATCH (j:" + JOURNAL + ") RETURN roots, version, count(j) AS journals", Map.of(),
					r -> r)
			.get(0);
		long roots = found.get("roots").asLong();
		if (roots > 1) {
			problems.add(roots + " nodes labelled " + ROOT + " (one is the history's root)");
		}
		Value version = found.get("version");
		if (!version.isNull() && version.asLong() > VERSION) {
			problems.add("layout version " + version.asLong()
					+ " was written by a newer Crochet (this one reads version " + VERSION + ")");
		}
		long journals = found.get("journals").asLong();
		if (journals > 1) {
			problems.add(journals + " nodes labelled " + JOURNAL + " (at most one step is in flight)");
		}
		return problems;
	}

	@Override
	public void requireIntact() {
		List<String> damage = damage();
		if (!damage.isEmpty()) {
			throw new LedgerDamagedException(location(), damage);
		}
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		try {
			// Normally written when the call ended; a call cut short by an error that
			// skipped that still records what it applied.
			writeHeld();
		}
		catch (RuntimeException ex) {
			// The call stays recorded in the graph: the next run finishes it.
		}
		// The graph belongs to whoever opened it: nothing else of its own to release.
		closed = true;
	}

	@Override
	public String toString() {
		return "GraphLedger[" + location() + "]";
	}

	// ---- transactions

	/**
	 * Runs {@code work} in one write transaction that first took the root's write lock
	 * and the next sequence number; creates the root (and the constraints) on the first
	 * write to a database.
	 */
	private <T> T write(String action, BiFunction<TransactionContext, Long, T> work) {
		return writeOnRoot(action, Map.of(), (tx, root) -> work.apply(tx, root.get("seq").asLong()));
	}

	private <T> T writeOnRoot(String action, BiFunction<TransactionContext, Value, T> work) {
		return writeOnRoot(action, Map.of(), work);
	}

	private synchronized <T> T writeOnRoot(String action, Map<String, Object> changes,
			BiFunction<TransactionContext, Value, T> work) {
		requireOpen();
		List<HeldRecords.Held> before = List.copyOf(held);
		StepIntent journal = heldIntent;
		for (int attempt = 0;; attempt++) {
			List<T> result = graph.inWriteTransaction(tx -> {
				List<Value> roots = tx.run(LATCH, Map.of("n", before.size() + 1, "root", changes))
					.list(r -> r.get("l"));
				if (roots.isEmpty()) {
					return null;
				}
				requireKnownLayout(roots.get(0));
				// What was held back goes first, in order, each with its own number.
				HeldRecords.write(tx, before, roots.get(0).get("seq").asLong() - before.size(), location());
				if (journal != null) {
					tx.run("MERGE (j:" + JOURNAL + " {id: 1}) SET j += $row",
							Map.of("row", GraphRecords.intent(journal)))
						.consume();
				}
				List<T> done = new ArrayList<>(1);
				done.add(work.apply(tx, roots.get(0)));
				return done;
			});
			if (result != null) {
				rooted = true;
				held.clear();
				if (heldIntent == journal) {
					heldIntent = null;
				}
				return result.get(0);
			}
			if (attempt > 0) {
				throw new LedgerException("Cannot " + action + ": the " + ROOT + " node of " + location()
						+ " was removed as it was created; is another process cleaning this database?");
			}
			createRoot();
		}
	}

	private void requireKnownLayout(Value root) {
		Value version = root.get("version");
		if (!version.isNull() && version.asLong() > VERSION) {
			throw new LedgerException(capitalised() + " has layout version " + version.asLong()
					+ ", written by a newer Crochet; this one reads version " + VERSION + ". Upgrade Crochet.");
		}
	}

	/**
	 * The constraints alone, in one schema transaction: for a writer that creates the
	 * root itself inside a larger transaction (an import), where a schema change may not
	 * share the transaction with the data.
	 */
	static void createConstraints(Graph graph) {
		graph.inWriteTransaction(tx -> {
			CONSTRAINTS.forEach(constraint -> tx.run(constraint).consume());
			return null;
		});
	}

	/** The constraints in one schema transaction, then the root; both idempotent. */
	private void createRoot() {
		graph.inWriteTransaction(tx -> {
			CONSTRAINTS.forEach(constraint -> tx.run(constraint).consume());
			return null;
		});
		graph.write("MERGE (l:" + ROOT + " {name: 'crochet'}) ON CREATE SET l.seq = 0, l.version = $version, "
				+ "l.createdAt = $at", Map.of("version", VERSION, "at", Instant.now().toString()), r -> r);
	}

	private <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		requireOpen();
		writeHeld();
		return graph.query(cypher, parameters, mapper);
	}

	/** Writes what was held back, so a read sees everything recorded so far. */
	private synchronized void writeHeld() {
		if (!held.isEmpty() || heldIntent != null) {
			write("write the held records", (tx, seq) -> null);
		}
	}

	private <T> Optional<T> first(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return read(cypher, parameters, mapper).stream().findFirst();
	}

	private void requireOpen() {
		if (closed) {
			throw new LedgerException(capitalised() + " is closed");
		}
	}

	private String capitalised() {
		return Engine.capitalised(location());
	}

	private static String text(Value node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asString();
	}

}
