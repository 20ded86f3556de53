package dev.crochet.cypher;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rendered Cypher statement. Identifiers in {@code cypher} are already escaped;
 * values are only ever in {@code parameters} (or, for {@link StatementKind#ROWS}, in
 * {@code rows}).
 *
 * @param rows the rows to stream in chunks for {@link StatementKind#ROWS}, else null
 * @param endpoints for {@link StatementKind#ROWS} statements that create one relationship
 * per row, the check that each row matched exactly one node at each end; else null
 * @param chunkSize for {@link StatementKind#ROWS}, the rows per write transaction (the
 * operation's chunk size, as an {@code IN TRANSACTIONS OF n ROWS} carries it inside other
 * statements); else 0
 */
public record Statement(String cypher, Map<String, Object> parameters, StatementKind kind,
		Iterable<? extends Map<String, ?>> rows, EndpointCheck endpoints, int chunkSize) {

	public Statement {
		Objects.requireNonNull(cypher, "cypher");
		Objects.requireNonNull(kind, "kind");
		parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		if ((kind == StatementKind.ROWS) != (rows != null)) {
			throw new IllegalArgumentException("rows go with StatementKind.ROWS only");
		}
		if (endpoints != null && kind != StatementKind.ROWS) {
			throw new IllegalArgumentException("an endpoint check goes with StatementKind.ROWS only");
		}
		if (kind == StatementKind.ROWS) {
			ChunkedOperation.requirePositive(chunkSize);
		}
		else if (chunkSize != 0) {
			throw new IllegalArgumentException("a chunk size goes with StatementKind.ROWS only");
		}
	}

	/**
	 * A statement without an endpoint check; rows, if any, in chunks of
	 * {@link ChunkedOperation#DEFAULT_CHUNK_SIZE}.
	 */
	public Statement(String cypher, Map<String, Object> parameters, StatementKind kind,
			Iterable<? extends Map<String, ?>> rows) {
		this(cypher, parameters, kind, rows, null,
				kind == StatementKind.ROWS ? ChunkedOperation.DEFAULT_CHUNK_SIZE : 0);
	}

	public static Statement schema(String cypher) {
		return new Statement(cypher, Map.of(), StatementKind.SCHEMA, null);
	}

	@Override
	public String toString() {
		return cypher;
	}
}
