package dev.crochet.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes every {@code label} node tagged with {@code batchId}, with its relationships,
 * in chunks; the internal batch index makes the lookup fast.
 *
 * <pre>{@code
 * MATCH (n:`Person`) WHERE n._crochet_batch = $batch CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
 * }</pre>
 */
public record DeleteNodesByBatch(String label, String batchId, int chunkSize) implements ChunkedOperation {

	public DeleteNodesByBatch {
		CypherNames.requireValid(label, Fragments.LABEL);
		Fragments.requireBatchId(batchId);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public DeleteNodesByBatch(String label, String batchId) {
		this(label, batchId, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Fragments.autoCommit(
				"MATCH (n:" + Fragments.label(label) + ") WHERE n." + SchemaNames.BATCH_PROPERTY
						+ " = $batch CALL (n) { DETACH DELETE n }" + Fragments.inTransactions(chunkSize),
				Map.of("batch", batchId)));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.empty();
	}

	@Override
	public String describe() {
		return "delete " + label + " nodes of batch " + batchId;
	}
}
