package dev.crochet.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relabels every {@code from} node as {@code to}, in chunks. Moving Crochet's constraints
 * and indexes along is the engine's job; it reads {@link #from()} and {@link #to()}.
 *
 * <pre>{@code
 * MATCH (n:`Old`) CALL (n) { SET n:`New` REMOVE n:`Old` } IN TRANSACTIONS OF 5000 ROWS
 * }</pre>
 */
public record RenameLabel(String from, String to, int chunkSize) implements ChunkedOperation {

	public RenameLabel {
		CypherNames.requireValid(from, Fragments.LABEL);
		CypherNames.requireValid(to, Fragments.LABEL);
		Fragments.requireDifferent(from, to, Fragments.LABEL);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public RenameLabel(String from, String to) {
		this(from, to, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		String old = Fragments.label(from);
		return List.of(Fragments.autoCommit("MATCH (n:" + old + ") CALL (n) { SET n:" + Fragments.label(to)
				+ " REMOVE n:" + old + " }" + Fragments.inTransactions(chunkSize), Map.of()));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new RenameLabel(to, from, chunkSize));
	}

	@Override
	public String describe() {
		return "rename label " + from + " to " + to;
	}
}
