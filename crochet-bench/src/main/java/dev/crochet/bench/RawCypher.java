package dev.crochet.bench;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The raw-driver side of every comparison: what a careful developer writes by hand with
 * the Neo4j Java driver, no Crochet in between.
 *
 * <pre>{@code
 * RawCypher raw = new RawCypher(driver);
 * raw.autoCommit("CREATE INDEX ...", Map.of());
 * raw.unwind("UNWIND $rows AS row CREATE (n:Node) SET n = row", rows, 10_000, Map.of());
 * }</pre>
 */
final class RawCypher {

	private final Driver driver;

	RawCypher(Driver driver) {
		this.driver = driver;
	}

	/**
	 * One statement in its own auto-commit transaction (the only place
	 * {@code IN TRANSACTIONS} runs).
	 */
	void autoCommit(String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			session.run(cypher, parameters).consume();
		}
	}

	/** Each statement in its own auto-commit transaction, on one session. */
	void autoCommitEach(List<String> statements) {
		try (Session session = driver.session()) {
			for (String statement : statements) {
				session.run(statement).consume();
			}
		}
	}

	/**
	 * Streams {@code rows} into {@code cypher} as {@code $rows}, {@code batchSize} rows
	 * per {@code executeWrite} transaction; returns the number of rows sent.
	 */
	long unwind(String cypher, Iterable<? extends Map<String, ?>> rows, int batchSize, Map<String, Object> parameters) {
		long sent = 0;
		Iterator<? extends Map<String, ?>> iterator = rows.iterator();
		try (Session session = driver.session()) {
			while (iterator.hasNext()) {
				List<Map<String, ?>> batch = new ArrayList<>(batchSize);
				while (iterator.hasNext() && batch.size() < batchSize) {
					batch.add(iterator.next());
				}
				Map<String, Object> batchParameters = new HashMap<>(parameters);
				batchParameters.put("rows", batch);
				session.executeWriteWithoutResult(tx -> tx.run(cypher, batchParameters).consume());
				sent += batch.size();
			}
		}
		return sent;
	}

	long count(String cypher) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
		}
	}

	void awaitIndexes() {
		autoCommit("CALL db.awaitIndexes(300)", Map.of());
	}

}
