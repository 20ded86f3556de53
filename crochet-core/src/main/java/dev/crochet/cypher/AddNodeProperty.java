package dev.crochet.cypher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets {@code property} to {@code defaultValue} (a parameter) on every {@code label} node
 * that lacks it, in chunks. Nodes that already have a value keep it.
 *
 * <pre>{@code
 * MATCH (n:`Person`) WHERE n.`active` IS NULL CALL (n) { SET n.`active` = $value } IN TRANSACTIONS OF 5000 ROWS
 * }</pre>
 */
public record AddNodeProperty(String label, String property, Object defaultValue,
		int chunkSize) implements ChunkedOperation {

	public AddNodeProperty {
		CypherNames.requireValid(label, Fragments.LABEL);
		CypherNames.requireValid(property, Fragments.PROPERTY);
		if (defaultValue == null) {
			throw new InvalidOperationException(
					"Invalid default for property " + CypherNames.display(property) + " of label "
							+ CypherNames.display(label) + ": must not be null (Neo4j does not store null properties)");
		}
		ChunkedOperation.requirePositive(chunkSize);
	}

	public AddNodeProperty(String label, String property, Object defaultValue) {
		this(label, property, defaultValue, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		String p = Fragments.property(property);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("value", defaultValue);
		return List.of(Fragments.autoCommit("MATCH (n:" + Fragments.label(label) + ") WHERE n." + p
				+ " IS NULL CALL (n) { SET n." + p + " = $value }" + Fragments.inTransactions(chunkSize), parameters));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new RemoveNodeProperty(label, property, chunkSize));
	}

	@Override
	public String describe() {
		return "add property " + label + "." + property + " (default " + defaultValue + ")";
	}
}
