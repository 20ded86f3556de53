package dev.crochet.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The graph's own record of its head ({@code _CrochetState}), so {@code verify} can tell when the
 * ledger and the graph disagree (a ledger lost, copied or pointed at another database).
 *
 * <p>It is written twice per upgrade or downgrade call, not once per revision: every schema change
 * empties Neo4j's query-plan cache, so a write after each of 50 schema migrations would be planned
 * 50 times (measured: 3.7x the raw driver's time for the chain). {@link #begin} marks the run as in
 * progress before the first revision; {@link #update} records the head and clears the mark after the
 * last one, also when a revision failed. A mark still present means a run died on this graph, which
 * is the one case where the graph may lag behind the ledger.
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

	/** Whether a run died on this graph between {@link #begin} and {@link #update}. */
	boolean interrupted() {
		return !graph.query("MATCH (s:" + Internal.STATE_LABEL + " {name: 'crochet'}) WHERE s.inProgress IS NOT NULL RETURN 1 AS x",
				Map.of(), r -> r).isEmpty();
	}

	void begin(String owner) {
		graph.run("MERGE (s:" + Internal.STATE_LABEL + " {name: 'crochet'}) SET s.inProgress = $owner", Map.of("owner", owner));
	}

	void update(String head, String schemaHash) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("head", head);
		parameters.put("hash", schemaHash);
		graph.run("MERGE (s:" + Internal.STATE_LABEL + " {name: 'crochet'}) SET s.head = $head, s.schemaHash = $hash,"
				+ " s.updatedAt = toString(datetime()) REMOVE s.inProgress", parameters);
	}
}
