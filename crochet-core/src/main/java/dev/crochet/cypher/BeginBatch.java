package dev.crochet.cypher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens a tracked batch: the data operations after it tag what they create with
 * {@code batchId}. Pure bookkeeping for the engine and the ledger (which records
 * {@code sourceFile}'s checksum when there is one); it renders to no statement.
 *
 * @param sourceFile the file the batch's rows come from, or null
 */
public record BeginBatch(String batchId, Path sourceFile) implements Operation {

	public BeginBatch {
		Fragments.requireBatchId(batchId);
	}

	public BeginBatch(String batchId) {
		this(batchId, null);
	}

	@Override
	public List<Statement> statements() {
		return List.of();
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
		return "begin batch " + batchId + (sourceFile == null ? "" : " from " + sourceFile);
	}
}
