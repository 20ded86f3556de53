package dev.crochet.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes {@code property} from every {@code label} node, in chunks. Destructive: there
 * is no inverse, since the removed values are gone.
 *
 * <pre>{@code
 * MATCH (n:`Person`) WHERE n.`age` IS NOT NULL CALL (n) { REMOVE n.`age` } IN TRANSACTIONS OF 5000 ROWS
 * }</pre>
 */
public record RemoveNodeProperty(String label, String property, int chunkSize) implements ChunkedOperation {

	public RemoveNodeProperty {
		CypherNames.requireValid(label, Fragments.LABEL);
		CypherNames.requireValid(property, Fragments.PROPERTY);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public RemoveNodeProperty(String label, String property) {
		this(label, property, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		String p = Fragments.property(property);
		return List.of(Fragments.autoCommit("MATCH (n:" + Fragments.label(label) + ") WHERE n." + p
				+ " IS NOT NULL CALL (n) { REMOVE n." + p + " }" + Fragments.inTransactions(chunkSize), Map.of()));
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
		return "remove property " + label + "." + property;
	}
}
