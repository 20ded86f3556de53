package dev.crochet.engine;

import dev.crochet.LockedException;
import org.neo4j.driver.exceptions.ClientException;

import java.util.Map;

/**
 * The graph-side migration lock: a single {@code _CrochetLock} node made atomic by a unique
 * constraint, so two runs against one database (other threads, other JVMs, other machines with
 * their own ledgers) can never both apply.
 */
final class GraphLock {

	private final Graph graph;

	GraphLock(Graph graph) {
		this.graph = graph;
	}

	void acquire(String owner) {
		// A read first: creating it "IF NOT EXISTS" is still a schema transaction, committed and synced
		// to disk on every call, which a chain of short migrations feels.
		if (graph.query("SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name", Map.of("name", Internal.LOCK_CONSTRAINT),
				r -> r).isEmpty()) {
			graph.run("CREATE CONSTRAINT " + Internal.LOCK_CONSTRAINT + " IF NOT EXISTS FOR (l:" + Internal.LOCK_LABEL
					+ ") REQUIRE l.name IS UNIQUE", Map.of());
		}
		try {
			graph.run("CREATE (:" + Internal.LOCK_LABEL + " {name: 'crochet', owner: $owner, since: toString(datetime())})",
					Map.of("owner", owner));
		}
		catch (ClientException ex) {
			String holder = graph.query("MATCH (l:" + Internal.LOCK_LABEL + " {name: 'crochet'}) RETURN l.owner + ' since ' + l.since AS h",
					Map.of(), r -> r.get("h").asString()).stream().findFirst().orElse("another run");
			throw new LockedException("The graph is locked by " + holder
					+ "; another migration run is in progress (if it died, run 'crochet unlock')", ex);
		}
	}

	void release(String owner) {
		graph.run("MATCH (l:" + Internal.LOCK_LABEL + " {name: 'crochet', owner: $owner}) DELETE l", Map.of("owner", owner));
	}

	void forceRelease() {
		graph.run("MATCH (l:" + Internal.LOCK_LABEL + ") DELETE l", Map.of());
	}
}
