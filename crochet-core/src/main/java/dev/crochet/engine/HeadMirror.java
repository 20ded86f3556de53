package dev.crochet.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The graph's own record of its head ({@code _CrochetState}), so {@code verify} can tell when the
 * ledger and the graph disagree (a ledger lost, copied or pointed at another database).
 */
final class HeadMirror {

	private final Graph graph;

	HeadMirror(Graph graph) {
		this.graph = graph;
	}

	/** The head the graph records, or empty when it records none. */
	Optional<String> head() {
		return graph.query("MATCH (s:" + Internal.STATE_LABEL + " {name: 'crochet'}) RETURN s.head AS head", Map.of(),
				r -> r.get("head").isNull() ? null : r.get("head").asString())
			.stream()
			.filter(h -> h != null)
			.findFirst();
	}

	void update(String head, String schemaHash) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("head", head);
		parameters.put("hash", schemaHash);
		graph.run("MERGE (s:" + Internal.STATE_LABEL + " {name: 'crochet'}) SET s.head = $head, s.schemaHash = $hash,"
				+ " s.updatedAt = toString(datetime())", parameters);
	}
}
