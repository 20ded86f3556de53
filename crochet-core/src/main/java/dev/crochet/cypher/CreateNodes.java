package dev.crochet.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates one {@code label} node per row, each tagged with {@code batchId}. First makes
 * sure the internal batch index exists, so deleting the batch stays fast however many
 * nodes it holds. The rows are kept as given (never copied) and streamed in chunks of
 * {@code chunkSize}.
 *
 * <pre>{@code
 * UNWIND $rows AS row CREATE (n:`Person`) SET n = row, n._crochet_batch = $batch
 * }</pre>
 */
public record CreateNodes(String label, Iterable<? extends Map<String, ?>> rows, String batchId,
		int chunkSize) implements ChunkedOperation {

	public CreateNodes {
		CypherNames.requireValid(label, Fragments.LABEL);
		Fragments.requireRows(rows, "label " + CypherNames.display(label));
		Fragments.requireBatchId(batchId);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public CreateNodes(String label, Iterable<? extends Map<String, ?>> rows, String batchId) {
		this(label, rows, batchId, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Fragments.nodeBatchIndex(label),
				Fragments.rows("UNWIND $rows AS row CREATE (n:" + Fragments.label(label) + ") SET n = row, n."
						+ SchemaNames.BATCH_PROPERTY + " = $batch", batchId, rows, chunkSize));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DeleteNodesByBatch(label, batchId, chunkSize));
	}

	@Override
	public Optional<String> batch() {
		return Optional.of(batchId);
	}

	@Override
	public String describe() {
		return "create " + label + " nodes in batch " + batchId;
	}
}
