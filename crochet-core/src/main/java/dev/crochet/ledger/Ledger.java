package dev.crochet.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The SQLite ledger ({@code .crochet/ledger.db} by default): applied migrations, batches, schema
 * snapshots and an append-only event log. Versioned schema, WAL, a busy timeout, every write in a
 * transaction. A file that is corrupt or is not a Crochet ledger is refused, never overwritten.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledger.open(Path.of(".crochet/ledger.db"))) {
 *     ledger.head().ifPresent(System.out::println);
 * }
 * }</pre>
 */
public final class Ledger implements AutoCloseable {

	private Ledger() {
	}

	/** Opens (creating file, parent folders and schema when absent) the ledger at {@code file}. */
	public static Ledger open(Path file) {
		throw new UnsupportedOperationException("not implemented");
	}

	public Path file() {
		throw new UnsupportedOperationException("not implemented");
	}

	// ---- applied migrations ------------------------------------------------------------------

	public void recordApplied(AppliedMigration migration) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** Removes the row of a reverted migration. */
	public void removeApplied(String revision) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** In the order they were applied. */
	public List<AppliedMigration> applied() {
		throw new UnsupportedOperationException("not implemented");
	}

	public Optional<AppliedMigration> applied(String revision) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** The most recently applied revision still applied. */
	public Optional<AppliedMigration> head() {
		throw new UnsupportedOperationException("not implemented");
	}

	// ---- batches -----------------------------------------------------------------------------

	/** Inserts or replaces the batch row. */
	public void recordBatch(BatchRecord batch) {
		throw new UnsupportedOperationException("not implemented");
	}

	public void updateBatchStatus(String batchId, BatchStatus status) {
		throw new UnsupportedOperationException("not implemented");
	}

	public void addBatchRecords(String batchId, long delta) {
		throw new UnsupportedOperationException("not implemented");
	}

	public Optional<BatchRecord> batch(String batchId) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** In creation order. */
	public List<BatchRecord> batches() {
		throw new UnsupportedOperationException("not implemented");
	}

	public List<BatchRecord> batchesOf(String migrationId) {
		throw new UnsupportedOperationException("not implemented");
	}

	// ---- snapshots ---------------------------------------------------------------------------

	/** Stores the canonical JSON under its hash (no-op when already stored). */
	public void saveSnapshot(String schemaHash, String canonicalJson) {
		throw new UnsupportedOperationException("not implemented");
	}

	public Optional<String> snapshot(String schemaHash) {
		throw new UnsupportedOperationException("not implemented");
	}

	// ---- events ------------------------------------------------------------------------------

	public void append(LedgerEvent event) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** In order of appending. */
	public List<LedgerEvent> events() {
		throw new UnsupportedOperationException("not implemented");
	}

	// ---- lock --------------------------------------------------------------------------------

	/**
	 * Takes the ledger's run lock for {@code owner}, or throws {@link LedgerLockedException} naming
	 * the current holder.
	 */
	public void lock(String owner) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** Releases the lock if {@code owner} holds it. */
	public void unlock(String owner) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** Removes any lock, whoever holds it (for a run that died). */
	public void forceUnlock() {
		throw new UnsupportedOperationException("not implemented");
	}

	@Override
	public void close() {
		throw new UnsupportedOperationException("not implemented");
	}
}
