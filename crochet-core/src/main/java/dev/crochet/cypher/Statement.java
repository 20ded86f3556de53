package dev.crochet.cypher;

import java.util.Map;
import java.util.Objects;

/**
 * One rendered Cypher statement. Identifiers in {@code cypher} are already escaped; values are only
 * ever in {@code parameters} (or, for {@link StatementKind#ROWS}, in {@code rows}).
 *
 * @param rows the rows to stream in chunks for {@link StatementKind#ROWS}, else null
 */
public record Statement(String cypher, Map<String, Object> parameters, StatementKind kind,
		Iterable<? extends Map<String, ?>> rows) {

	public Statement {
		Objects.requireNonNull(cypher, "cypher");
		Objects.requireNonNull(kind, "kind");
		parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
		if ((kind == StatementKind.ROWS) != (rows != null)) {
			throw new IllegalArgumentException("rows go with StatementKind.ROWS only");
		}
	}

	public static Statement schema(String cypher) {
		return new Statement(cypher, Map.of(), StatementKind.SCHEMA, null);
	}

	@Override
	public String toString() {
		return cypher;
	}
}
