package dev.crochet.cli.fault;

import dev.crochet.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a project's graph holds, read in this JVM from its on-disk store once the CLI
 * processes have ended: the figures a trial compares with an uninterrupted run.
 * Independent of Crochet's own checks on purpose: {@code verify} is one of the things
 * under test.
 *
 * @param nodesPerLabel node count per label, Crochet's own {@code _CrochetState} and
 * {@code _CrochetProgress} included, the graph ledger's {@link #LEDGER_LABELS} not
 * @param relationshipsPerType relationship count per type (the graph ledger's nodes have
 * no relationships)
 * @param nodesPerBatch node count per {@code _crochet_batch} tag
 * @param relationshipsPerBatch relationship count per {@code _crochet_batch} tag
 * @param readings {@code Reading} nodes
 * @param distinctReadings distinct {@code Reading.i} values: below {@code readings} means
 * rows were doubled
 * @param constraints constraint names (the graph ledger's {@code crochet_internal_*}
 * included: a run that keeps its history in the graph creates them once, whether killed
 * or not)
 * @param indexes index names, token lookup indexes excluded
 * @param mirror the head mirror's {@code head}, {@code lockOwner} and {@code inProgress}
 */
record GraphSnapshot(Map<String, Long> nodesPerLabel, Map<String, Long> relationshipsPerType,
		Map<String, Long> nodesPerBatch, Map<String, Long> relationshipsPerBatch, long readings, long distinctReadings,
		List<String> constraints, List<String> indexes, Map<String, String> mirror) {

	/**
	 * One embedded server at a time in this JVM: each takes a few hundred MB and a store
	 * lock.
	 */
	private static final Object ONE_AT_A_TIME = new Object();

	/**
	 * The graph ledger's labels ({@code [ledger] store = "graph"}): the history, not the
	 * user's data, compared through {@link LedgerSnapshot} instead. Its event log grows
	 * with every run, so a recovered project holds more of them than an uninterrupted
	 * one. {@code _CrochetState} (the head mirror) and {@code _CrochetProgress} stay
	 * counted: both stores keep them in the graph.
	 */
	static final List<String> LEDGER_LABELS = List.of("_CrochetLedger", "_CrochetApplied", "_CrochetBatch",
			"_CrochetBatchTarget", "_CrochetSnapshot", "_CrochetEvent", "_CrochetJournal", "_CrochetCall");

	/**
	 * What {@code read} finds in the on-disk store {@code store}, started in this JVM
	 * once the CLI processes have ended: the graph and the graph ledger are read in one
	 * start.
	 */
	static <T> T reading(Path store, Function<Driver, T> read) {
		synchronized (ONE_AT_A_TIME) {
			try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store);
					Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(),
							Config.builder().withLogging(Logging.none()).build())) {
				return read.apply(driver);
			}
		}
	}

	/** The figures of the graph behind {@code driver}. */
	static GraphSnapshot of(Driver driver) {
		try (Session session = driver.session()) {
			Map<String, Long> labels = counts(session,
					"CALL db.labels() YIELD label WITH label WHERE NOT label IN $ledger "
							+ "CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count } RETURN label AS key, count",
					Map.of("ledger", LEDGER_LABELS));
			Map<String, Long> types = counts(session, "MATCH ()-[r]->() RETURN type(r) AS key, count(r) AS count",
					Map.of());
			Map<String, Long> nodeBatches = counts(session,
					"MATCH (n) WHERE n._crochet_batch IS NOT NULL RETURN n._crochet_batch AS key, count(n) AS count",
					Map.of());
			Map<String, Long> relationshipBatches = counts(session,
					"MATCH ()-[r]->() WHERE r._crochet_batch IS NOT NULL RETURN r._crochet_batch AS key, count(r) AS count",
					Map.of());
			Record readings = session.run("MATCH (r:Reading) RETURN count(r) AS all, count(DISTINCT r.i) AS distinct")
				.single();
			List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
				.list(r -> r.get("name").asString());
			List<String> indexes = session
				.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name")
				.list(r -> r.get("name").asString());
			Map<String, String> mirror = new TreeMap<>();
			session.run(
					"MATCH (s:_CrochetState) RETURN s.head AS head, s.lockOwner AS lockOwner, s.inProgress AS inProgress")
				.list()
				.forEach(r -> r.keys()
					.forEach(key -> mirror.put(key,
							r.get(key).isNull() ? null : String.valueOf(r.get(key).asObject()))));
			return new GraphSnapshot(labels, types, nodeBatches, relationshipBatches, readings.get("all").asLong(),
					readings.get("distinct").asLong(), constraints, indexes, mirror);
		}
	}

	private static Map<String, Long> counts(Session session, String cypher, Map<String, Object> parameters) {
		Map<String, Long> counts = new TreeMap<>();
		session.run(cypher, parameters)
			.forEachRemaining(r -> counts.put(r.get("key").asString(), r.get("count").asLong()));
		return counts;
	}

	/**
	 * Indexes named like the backing index of a Crochet unique constraint with no such
	 * constraint: what a constraint build cut off by a kill leaves behind.
	 */
	List<String> orphanIndexes() {
		return indexes.stream()
			.filter(name -> name.startsWith("crochet_uniq_") && !constraints.contains(name))
			.toList();
	}

	/** Reading rows an uninterrupted run has and this graph lacks. */
	long lostAgainst(GraphSnapshot expected) {
		return Math.max(0, expected.distinctReadings - distinctReadings);
	}

	/**
	 * Reading rows beyond an uninterrupted run's: duplicates, and rows a downgrade should
	 * have removed.
	 */
	long doubledAgainst(GraphSnapshot expected) {
		return readings - Math.min(distinctReadings, expected.distinctReadings);
	}

	/**
	 * Each figure that differs from {@code expected}, as
	 * {@code name: actual (expected ...)}; empty when identical.
	 */
	List<String> differencesFrom(GraphSnapshot expected) {
		List<String> differences = new ArrayList<>();
		differ(differences, "nodes per label", nodesPerLabel, expected.nodesPerLabel);
		differ(differences, "relationships per type", relationshipsPerType, expected.relationshipsPerType);
		differ(differences, "nodes per batch", nodesPerBatch, expected.nodesPerBatch);
		differ(differences, "relationships per batch", relationshipsPerBatch, expected.relationshipsPerBatch);
		differ(differences, "Reading nodes", readings, expected.readings);
		differ(differences, "distinct Reading.i", distinctReadings, expected.distinctReadings);
		differ(differences, "constraints", constraints, expected.constraints);
		differ(differences, "indexes", indexes, expected.indexes);
		differ(differences, "head mirror", mirror, expected.mirror);
		return differences;
	}

	private static void differ(List<String> differences, String name, Object actual, Object expected) {
		if (!actual.equals(expected)) {
			differences.add(name + ": " + actual + " (expected " + expected + ")");
		}
	}
}
