package dev.crochet.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * MERGEs one {@code label} node per row on the {@code keys} properties and sets the row's
 * other entries. Only nodes the MERGE creates are tagged with {@code batchId}, so
 * deleting the batch leaves nodes that existed before untouched. Rows are kept as given
 * and streamed in chunks.
 *
 * <pre>{@code
 * UNWIND $rows AS row MERGE (n:`Person` {`email`: row.`email`}) ON CREATE SET n._crochet_batch = $batch SET n += row
 * }</pre>
 */
public record UpsertNodes(String label, List<String> keys, Iterable<? extends Map<String, ?>> rows, String batchId,
		int chunkSize) implements ChunkedOperation {

	public UpsertNodes {
		CypherNames.requireValid(label, Fragments.LABEL);
		keys = Fragments.properties(keys, "upsert keys", "label " + CypherNames.display(label));
		Fragments.requireRows(rows, "label " + CypherNames.display(label));
		Fragments.requireBatchId(batchId);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public UpsertNodes(String label, List<String> keys, Iterable<? extends Map<String, ?>> rows, String batchId) {
		this(label, keys, rows, batchId, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		String match = keys.stream()
			.map(Fragments::property)
			.map(k -> k + ": row." + k)
			.collect(Collectors.joining(", ", "{", "}"));
		return List.of(Fragments.nodeBatchIndex(label),
				Fragments.rows("UNWIND $rows AS row MERGE (n:" + Fragments.label(label) + " " + match
						+ ") ON CREATE SET n." + SchemaNames.BATCH_PROPERTY + " = $batch SET n += row", batchId, rows,
						chunkSize));
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
		return "upsert " + label + " nodes on " + String.join(", ", keys) + " in batch " + batchId;
	}
}
