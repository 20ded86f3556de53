package dev.crochet.engine;

import java.util.List;
import java.util.Map;

/**
 * Empties a database: every node and relationship (in chunks), every constraint and every
 * index except the built-in token lookup indexes. Neo4j has no single command for it. Or
 * deletes only the data, keeping the schema and Crochet's own nodes ({@link #cleanData}).
 * Reached through {@code Crochet.cleanDatabase()} and {@code Crochet.cleanData()}, which
 * refuse unless enabled.
 *
 * <p>
 * Why the schema goes in one transaction, with the names as parameters: every schema
 * change empties Neo4j's query-plan cache, so a drop per transaction planned each next
 * drop afresh, and each name spelled into the text was a new query anyway. In one
 * transaction the cache is emptied once, at commit, and {@code DROP INDEX $name} is
 * planned once (embedded 5.26, ten indexes and a constraint: 25-30% less time for the
 * drops). A JUnit class pays this clean before every migration.
 */
public final class DatabaseCleaner {

	/**
	 * Indexes a constraint owns go with their constraint; dropping them on their own
	 * fails.
	 */
	private static final String INDEXES = "SHOW INDEXES YIELD name, type, owningConstraint "
			+ "WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name";

	/**
	 * Nodes without an internal label, in chunks: Crochet's state node (head mirror and
	 * lock) and its constraint stay, so the ledger and the graph still agree on the head
	 * afterwards.
	 */
	private static final String USER_DATA = "MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH $internal) "
			+ "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ";

	private DatabaseCleaner() {
	}

	static void clean(Graph graph) {
		graph.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF " + graph.chunkSize() + " ROWS", Map.of());
		List<String> constraints = graph.query("SHOW CONSTRAINTS YIELD name RETURN name", Map.of(),
				r -> r.get("name").asString());
		List<String> indexes = graph.query(INDEXES, Map.of(), r -> r.get("name").asString());
		if (constraints.isEmpty() && indexes.isEmpty()) {
			return;
		}
		graph.inWriteTransaction(tx -> {
			for (String name : constraints) {
				tx.run("DROP CONSTRAINT $name IF EXISTS", Map.of("name", name)).consume();
			}
			for (String name : indexes) {
				tx.run("DROP INDEX $name IF EXISTS", Map.of("name", name)).consume();
			}
			return null;
		});
	}

	/**
	 * Deletes every node (and its relationships) but Crochet's own; constraints and
	 * indexes stay.
	 */
	public static void cleanData(Graph graph) {
		graph.run(USER_DATA + graph.chunkSize() + " ROWS", Map.of("internal", Internal.LABEL_PREFIX));
	}

}
