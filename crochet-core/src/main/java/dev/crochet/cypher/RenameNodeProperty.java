package dev.crochet.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves the value of {@code from} to {@code to} on every {@code label} node that has
 * {@code from}, in chunks.
 *
 * <pre>{@code
 * MATCH (n:`Person`) WHERE n.`name` IS NOT NULL CALL (n) { SET n.`fullName` = n.`name` REMOVE n.`name` } IN TRANSACTIONS OF 5000 ROWS
 * }</pre>
 */
public record RenameNodeProperty(String label, String from, String to, int chunkSize) implements ChunkedOperation {

	public RenameNodeProperty {
		CypherNames.requireValid(label, Fragments.LABEL);
		CypherNames.requireValid(from, Fragments.PROPERTY);
		CypherNames.requireValid(to, Fragments.PROPERTY);
		Fragments.requireDifferent(from, to, Fragments.PROPERTY);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public RenameNodeProperty(String label, String from, String to) {
		this(label, from, to, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		String old = Fragments.property(from);
		return List.of(Fragments.autoCommit("MATCH (n:" + Fragments.label(label) + ") WHERE n." + old
				+ " IS NOT NULL CALL (n) { SET n." + Fragments.property(to) + " = n." + old + " REMOVE n." + old + " }"
				+ Fragments.inTransactions(chunkSize), Map.of()));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new RenameNodeProperty(label, to, from, chunkSize));
	}

	@Override
	public String describe() {
		return "rename property " + label + "." + from + " to " + to;
	}
}
