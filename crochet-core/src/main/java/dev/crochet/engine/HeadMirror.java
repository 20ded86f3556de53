package dev.crochet.engine;

import java.util.Map;
import java.util.Optional;

/**
 * The graph's own record of its head ({@code _CrochetState}), so {@code verify} can tell
 * when the ledger and the graph disagree (a ledger lost, copied or pointed at another
 * database).
 *
 * <p>
 * Upgrades and downgrades write it through {@link GraphLock}, which reads it when the
 * lock is taken and records the head when it is released: once per call rather than once
 * per revision (every schema change empties Neo4j's query-plan cache, so a write after
 * each of 50 schema migrations would be planned 50 times). An {@code inProgress} mark,
 * left when a dead run's lock is force-released, is the one case where the graph may lag
 * behind the ledger.
 */
final class HeadMirror {

	private final Graph graph;

	HeadMirror(Graph graph) {
		this.graph = graph;
	}

	/** The head the graph records, or empty when it records none. */
	Optional<String> head() {
		return property("head");
	}

	/** The owner of the graph's migration lock, or empty when it is free. */
	Optional<String> lockHolder() {
		return property("lockOwner");
	}

	/**
	 * The owner of a run that died holding the lock, marked when its lock was
	 * force-released, or empty.
	 */
	Optional<String> interruptedMark() {
		return property("inProgress");
	}

	private Optional<String> property(String name) {
		return graph
			.query("MATCH (s:" + Internal.STATE_LABEL + " {name: 'crochet'}) RETURN s[$name] AS value",
					Map.of("name", name), r -> r.get("value").isNull() ? null : r.get("value").asString())
			.stream()
			.filter(v -> v != null)
			.findFirst();
	}

}
