package dev.crochet.cypher;

import java.util.List;
import java.util.Map;

/** Cypher pieces and argument checks that several operations share. */
final class Fragments {

	static final String LABEL = "label";
	static final String TYPE = "relationship type";
	static final String PROPERTY = "property";

	private Fragments() {
	}

	static String label(String label) {
		return CypherNames.escape(label, LABEL);
	}

	static String type(String type) {
		return CypherNames.escape(type, TYPE);
	}

	static String property(String property) {
		return CypherNames.escape(property, PROPERTY);
	}

	static String inTransactions(int chunkSize) {
		return " IN TRANSACTIONS OF " + chunkSize + " ROWS";
	}

	static Statement nodeBatchIndex(String label) {
		return Statement.schema("CREATE INDEX " + SchemaNames.nodeBatchIndex(label) + " IF NOT EXISTS FOR (n:"
				+ label(label) + ") ON (n." + SchemaNames.BATCH_PROPERTY + ")");
	}

	static Statement relationshipBatchIndex(String type) {
		return Statement.schema("CREATE INDEX " + SchemaNames.relationshipBatchIndex(type) + " IF NOT EXISTS FOR ()-[r:"
				+ type(type) + "]-() ON (r." + SchemaNames.BATCH_PROPERTY + ")");
	}

	static Statement autoCommit(String cypher, Map<String, Object> parameters) {
		return new Statement(cypher, parameters, StatementKind.AUTO_COMMIT, null);
	}

	static Statement rows(String cypher, String batchId, Iterable<? extends Map<String, ?>> rows, int chunkSize) {
		return new Statement(cypher, Map.of("batch", batchId), StatementKind.ROWS, rows, null, chunkSize);
	}

	static String requireBatchId(String batchId) {
		if (batchId == null || batchId.isBlank()) {
			throw new InvalidOperationException(
					"Invalid batch id " + (batchId == null ? "null" : CypherNames.display(batchId)) + ": must not be "
							+ (batchId == null ? "null" : batchId.isEmpty() ? "empty" : "blank"));
		}
		return batchId;
	}

	static <T> T requireRows(T rows, String operation) {
		if (rows == null) {
			throw new InvalidOperationException("Invalid rows for " + operation + ": must not be null");
		}
		return rows;
	}

	/** An immutable copy of a property list: valid names, at least one, none twice. */
	static List<String> properties(List<String> properties, String what, String owner) {
		if (properties == null || properties.isEmpty()) {
			throw new InvalidOperationException("Invalid " + what + " for " + owner + ": needs at least one property");
		}
		for (String property : properties) {
			CypherNames.requireValid(property, PROPERTY);
		}
		if (properties.stream().distinct().count() != properties.size()) {
			throw new InvalidOperationException(
					"Invalid " + what + " for " + owner + ": a property appears twice in " + properties);
		}
		return List.copyOf(properties);
	}

	static void requireDifferent(String from, String to, String what) {
		if (from.equals(to)) {
			throw new InvalidOperationException("Invalid rename of " + what + " " + CypherNames.display(from)
					+ ": the new name is the same as the old one");
		}
	}

}
