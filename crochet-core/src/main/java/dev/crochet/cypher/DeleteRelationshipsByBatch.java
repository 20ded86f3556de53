package dev.crochet.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes every {@code type} relationship tagged with {@code batchId}, in chunks; the
 * internal batch index makes the lookup fast.
 *
 * <pre>{@code
 * MATCH ()-[r:`KNOWS`]->() WHERE r._crochet_batch = $batch CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS
 * }</pre>
 */
public record DeleteRelationshipsByBatch(String type, String batchId, int chunkSize) implements ChunkedOperation {

	public DeleteRelationshipsByBatch {
		CypherNames.requireValid(type, Fragments.TYPE);
		Fragments.requireBatchId(batchId);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public DeleteRelationshipsByBatch(String type, String batchId) {
		this(type, batchId, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Fragments.autoCommit(
				"MATCH ()-[r:" + Fragments.type(type) + "]->() WHERE r." + SchemaNames.BATCH_PROPERTY
						+ " = $batch CALL (r) { DELETE r }" + Fragments.inTransactions(chunkSize),
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
		return "delete " + type + " relationships of batch " + batchId;
	}
}
