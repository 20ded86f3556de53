package dev.crochet.ledger;

import dev.crochet.LockedException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The history of one database, as the engine writes it: applied migrations, batches,
 * schema snapshots, the step journal, the event log and the run lock. Two stores keep it
 * with one contract and the same crash guarantees: a SQLite file ({@link #open(Path)},
 * {@code .crochet/ledger.db} by default) and the graph ledger, the same records as
 * internal nodes in the migrated database itself (opened by the engine). Every write is
 * one transaction of its store.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledger.open(Path.of(".crochet/ledger.db"))) {
 *     ledger.lock("upgrade@build-42");
 *     try {
 *         ledger.head().ifPresent(System.out::println);
 *     } finally {
 *         ledger.unlock("upgrade@build-42");
 *     }
 * }
 * }</pre>
 */
public interface Ledger extends LedgerView, AutoCloseable {

	/**
	 * How long a call waits for another connection's write transaction on a ledger file
	 * before it fails.
	 */
	int BUSY_TIMEOUT_MILLIS = 10_000;

	/**
	 * Opens (creating file, parent folders and schema when absent) the ledger file at
	 * {@code file}. A file that is corrupt or is not a Crochet ledger is refused, never
	 * overwritten.
	 */
	static Ledger open(Path file) {
		return SqliteLedger.open(file);
	}

	/**
	 * Whether {@code file} holds a ledger, or anything else {@link #open} would refuse
	 * rather than overwrite. False for a missing file and for an empty one, where
	 * {@link #open} would start a new, empty ledger.
	 */
	static boolean holdsLedger(Path file) {
		return SqliteLedger.holdsLedger(file);
	}

	// ---- applied migrations

	/**
	 * Records an applied migration; a revision already recorded is an error naming it.
	 */
	void recordApplied(AppliedMigration migration);

	/**
	 * What a successful upgrade of one revision records, in one transaction: its row, its
	 * open batches marked committed, the event, and the journaled intent cleared.
	 */
	void recordUpgrade(AppliedMigration migration, LedgerEvent event);

	/**
	 * What a successful downgrade of one revision records, in one transaction: its row
	 * removed, its batches marked deleted, the event, and the journaled intent cleared.
	 */
	default void recordDowngrade(String revision, LedgerEvent event) {
		recordDowngrade(revision, event, Set.of());
	}

	/**
	 * As {@link #recordDowngrade(String, LedgerEvent)}, but the batches in
	 * {@code stillInGraph} keep their status: the graph still holds some of their
	 * entities, and a batch is marked deleted only once none is left.
	 */
	void recordDowngrade(String revision, LedgerEvent event, Set<String> stillInGraph);

	/**
	 * Removes the row of a reverted migration; a revision not recorded is an error naming
	 * it.
	 */
	void removeApplied(String revision);

	// ---- batches

	/**
	 * Inserts or replaces the batch row; a replaced batch keeps its place in creation
	 * order.
	 */
	void recordBatch(BatchRecord batch);

	/** Sets the status of a recorded batch; an unknown batch is an error naming it. */
	void updateBatchStatus(String batchId, BatchStatus status);

	/**
	 * Sets the record count of a recorded batch to what the graph was counted to hold.
	 */
	void setBatchRecords(String batchId, long count);

	/** Adds {@code delta} to the record count of a recorded batch. */
	void addBatchRecords(String batchId, long delta);

	// ---- journal

	/**
	 * Journals the step a run is about to take (replacing the previous one), and, when
	 * the step writes a batch, where: written before the step touches the graph.
	 * @param synced whether the commit must survive a power cut (data and raw Cypher
	 * steps); a schema step's {@code IF [NOT] EXISTS} can simply run again
	 */
	void recordIntent(StepIntent intent, BatchTarget target, boolean synced);

	/** As {@link #recordIntent(StepIntent, BatchTarget, boolean)}, synced. */
	default void recordIntent(StepIntent intent, BatchTarget target) {
		recordIntent(intent, target, true);
	}

	/** Clears the journal with {@code event} in one transaction. */
	void clearIntent(LedgerEvent event);

	// ---- calls

	/**
	 * A call of {@code owner} that runs {@code revisions} in {@code direction} begins.
	 * The ledger file records every revision as it goes and ignores this; the graph
	 * ledger records the call, then holds back the records of steps that can simply run
	 * again (writing them with the next step that cannot, or at {@link #endCall()}),
	 * since each write to the graph costs a transaction commit.
	 */
	default void beginCall(String direction, List<String> revisions, String owner) {
	}

	/** Writes whatever the call held back and ends it: before the head is mirrored. */
	default void endCall() {
	}

	// ---- snapshots and events

	/**
	 * Stores the canonical JSON under its hash (no-op when already stored); different
	 * JSON under a stored hash is an error.
	 */
	void saveSnapshot(String schemaHash, String canonicalJson);

	/**
	 * Every stored snapshot, hash to canonical JSON: what an import or a rebuild copies.
	 */
	Map<String, String> snapshots();

	/**
	 * Appends to the event log; the ledger assigns the sequence, the event's own is
	 * ignored.
	 */
	void append(LedgerEvent event);

	// ---- lock

	/**
	 * Takes the run lock for {@code owner}, or throws {@link LockedException} naming the
	 * current holder. Taking a lock {@code owner} already holds changes nothing.
	 */
	void lock(String owner);

	/**
	 * Hands the lock from {@code holder} (a run that died) to {@code owner}, only if
	 * {@code holder} still holds it.
	 * @return whether {@code owner} now holds the lock
	 */
	boolean takeOverLock(String holder, String owner);

	/** Releases the lock if {@code owner} holds it; a lock held by someone else stays. */
	void unlock(String owner);

	/** Removes any lock, whoever holds it (for a run that died). */
	void forceUnlock();

	// ---- integrity

	/** What is wrong with the store itself, one problem a line; empty when intact. */
	List<String> damage();

	/**
	 * Throws {@link LedgerDamagedException} when {@link #damage()} finds anything: the
	 * check before every run that changes the graph.
	 */
	void requireIntact();

	/**
	 * Closes the store; calling it again does nothing, any other call afterwards fails.
	 */
	@Override
	void close();

}
