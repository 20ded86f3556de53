package dev.crochet;

import dev.crochet.ledger.BatchRecord;

import java.util.Optional;

/**
 * One batch as the ledger records it beside the entities its tag finds in the graph: what
 * {@code verify} and {@code status} compare, so a ledger that claims data the graph lacks
 * (or the reverse) never passes.
 *
 * @param inGraph entities (nodes and relationships) tagged with the batch id in the graph
 */
public record BatchCount(BatchRecord batch, long inGraph) {

	/**
	 * Whether the graph holds what the ledger claims: the record count if committed,
	 * nothing if deleted.
	 */
	public boolean matches() {
		return switch (batch.status()) {
			case COMMITTED -> inGraph == batch.recordCount();
			case DELETED -> inGraph == 0;
			case OPEN -> false;
		};
	}

	/** What is wrong, in a sentence, or empty when it {@link #matches()}. */
	public Optional<String> problem() {
		if (matches()) {
			return Optional.empty();
		}
		String id = batch.batchId();
		String revision = " (revision " + batch.migrationId() + ")";
		return Optional.of(switch (batch.status()) {
			case COMMITTED -> "Batch " + id + revision + ": the ledger records " + batch.recordCount()
					+ " entities, the graph holds " + inGraph;
			case DELETED -> "Batch " + id + revision + " is recorded as deleted, but the graph still holds " + inGraph
					+ " of its entities";
			case OPEN ->
				"Batch " + id + revision + " is still OPEN: the run loading it did not finish (the graph holds "
						+ inGraph + " of its entities); the next upgrade or downgrade finishes that run";
		});
	}
}
