package dev.crochet.engine;

import dev.crochet.roundtrip.Fingerprint;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Takes a {@link Fingerprint} of a live graph: counts are aggregated by the server, the content
 * digest is computed by streaming, so memory stays flat however large the graph is.
 */
final class Fingerprinter {

	private static final String USER_NODES = "MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '_Crochet') ";

	private static final String NODE_LABELS = "CASE WHEN size(labels(n)) = 0 THEN ['(no label)'] ELSE labels(n) END";

	private static final String USER_KEYS = "[k IN keys(%s) WHERE NOT k STARTS WITH '_crochet']";

	private Fingerprinter() {
	}

	static Fingerprint take(Graph graph) {
		Map<String, Long> counts = new HashMap<>();
		count(graph, counts, USER_NODES + "UNWIND " + NODE_LABELS + " AS l RETURN 'label :' + l AS s, count(*) AS c");
		count(graph, counts, USER_NODES + "UNWIND " + NODE_LABELS + " AS l UNWIND " + USER_KEYS.formatted("n")
				+ " AS key RETURN 'property :' + l + '.' + key AS s, count(*) AS c");
		count(graph, counts, "MATCH ()-[r]->() RETURN 'relationship [:' + type(r) + ']' AS s, count(*) AS c");
		count(graph, counts, "MATCH ()-[r]->() UNWIND " + USER_KEYS.formatted("r")
				+ " AS key RETURN 'property [:' + type(r) + '].' + key AS s, count(*) AS c");
		count(graph, counts, "MATCH (n) WHERE n." + Internal.BATCH_PROPERTY + " IS NOT NULL RETURN 'batch ' + n."
				+ Internal.BATCH_PROPERTY + " AS s, count(*) AS c");
		count(graph, counts, "MATCH ()-[r]->() WHERE r." + Internal.BATCH_PROPERTY + " IS NOT NULL RETURN 'batch ' + r."
				+ Internal.BATCH_PROPERTY + " AS s, count(*) AS c");
		long[] digest = { 0L };
		graph.stream(USER_NODES + "RETURN labels(n) AS labels, properties(n) AS properties", Map.of(),
				r -> digest[0] += hash("N", r.get("labels"), r.get("properties")));
		graph.stream("MATCH (a)-[r]->(b) RETURN [type(r)] + labels(a) + ['->'] + labels(b) AS labels, properties(r) AS properties",
				Map.of(), r -> digest[0] += hash("R", r.get("labels"), r.get("properties")));
		return new Fingerprint(LiveSchemaReader.read(graph).elements(), counts, digest[0]);
	}

	private static void count(Graph graph, Map<String, Long> counts, String cypher) {
		for (Record r : graph.query(cypher, Map.of(), r -> r)) {
			counts.merge(r.get("s").asString(), r.get("c").asLong(), Long::sum);
		}
	}

	/** FNV-1a over a canonical text of the entity; summing makes the digest order-independent. */
	private static long hash(String kind, Value labels, Value properties) {
		StringBuilder text = new StringBuilder(kind);
		List<String> sortedLabels = labels.asList(Value::asString);
		text.append(kind.equals("N") ? sortedLabels.stream().sorted().toList() : sortedLabels);
		TreeMap<String, Object> props = new TreeMap<>();
		properties.asMap(v -> v.toString()).forEach((k, v) -> {
			if (!Internal.isInternalProperty(k)) {
				props.put(k, v);
			}
		});
		text.append(props);
		long h = 0xcbf29ce484222325L;
		for (byte b : text.toString().getBytes(StandardCharsets.UTF_8)) {
			h ^= b;
			h *= 0x100000001b3L;
		}
		return h;
	}
}
