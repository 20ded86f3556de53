package dev.crochet.cypher;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One statement of the migration author's own Cypher, run verbatim in its own auto-commit
 * transaction (so {@code CALL ... IN TRANSACTIONS} works). Values belong in
 * {@code parameters}.
 *
 * <pre>{@code
 * new RunCypher("MATCH (p:Person) WHERE p.age > $min SET p.adult = true", Map.of("min", 17))
 * }</pre>
 */
public record RunCypher(String cypher, Map<String, Object> parameters) implements Operation {

	public RunCypher {
		if (cypher == null || cypher.isBlank()) {
			throw new InvalidOperationException(
					"Invalid Cypher " + (cypher == null ? "null" : CypherNames.display(cypher)) + ": must not be "
							+ (cypher == null ? "null" : "blank"));
		}
		// Null values are legal parameters, so Map.copyOf will not do.
		parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	public RunCypher(String cypher) {
		this(cypher, Map.of());
	}

	@Override
	public List<Statement> statements() {
		return List.of(Fragments.autoCommit(cypher, parameters));
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
		String firstLine = cypher.strip().lines().findFirst().orElse("");
		return "run Cypher: " + (firstLine.length() > 60 ? firstLine.substring(0, 57) + "..." : firstLine);
	}
}
