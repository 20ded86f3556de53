package dev.crochet.engine;

import dev.crochet.cypher.CypherNames;

import java.util.List;
import java.util.Map;

/**
 * Empties a database: every node and relationship (in chunks), every constraint and every index
 * except the built-in token lookup indexes. Neo4j has no single command for it.
 */
final class DatabaseCleaner {

	private DatabaseCleaner() {
	}

	static void clean(Graph graph) {
		graph.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", Map.of());
		List<String> constraints = graph.query("SHOW CONSTRAINTS YIELD name RETURN name", Map.of(),
				r -> r.get("name").asString());
		for (String name : constraints) {
			graph.run("DROP CONSTRAINT " + CypherNames.escape(name, "schema name") + " IF EXISTS", Map.of());
		}
		List<String> indexes = graph.query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", Map.of(),
				r -> r.get("name").asString());
		for (String name : indexes) {
			graph.run("DROP INDEX " + CypherNames.escape(name, "schema name") + " IF EXISTS", Map.of());
		}
	}
}
