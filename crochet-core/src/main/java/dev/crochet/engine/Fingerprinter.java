package dev.crochet.engine;

import dev.crochet.roundtrip.Fingerprint;
import org.neo4j.driver.Value;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Takes a {@link Fingerprint} of a live graph: counts and the content digest come from one streamed
 * pass over the nodes and one over the relationships, so memory stays flat however large the graph
 * is (only one counter per label, type, property and batch is held).
 */
final class Fingerprinter {

	private static final String USER_NODES = "MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '_Crochet') ";

	private Fingerprinter() {
	}

	/**
	 * Two streaming passes, one over nodes and one over relationships, give both the counts and the
	 * digest: counting in the same pass (rather than in separate aggregate queries) halves the work,
	 * and fewer distinct queries means less re-planning after every schema change.
	 */
	static Fingerprint take(Graph graph) {
		Map<String, Long> counts = new HashMap<>();
		long[] digest = { 0L };
		graph.stream(USER_NODES + "RETURN labels(n) AS labels, properties(n) AS properties", Map.of(), r -> {
			Value labels = r.get("labels");
			Value properties = r.get("properties");
			List<String> names = labels.asList(Value::asString);
			for (String label : names.isEmpty() ? List.of("(no label)") : names) {
				count(counts, "label :" + label);
				for (String key : properties.keys()) {
					if (!Internal.isInternalProperty(key)) {
						count(counts, "property :" + label + "." + key);
					}
				}
			}
			countBatch(counts, properties);
			digest[0] += hash("N", labels, properties);
		});
		graph.stream("MATCH (a)-[r]->(b) RETURN [type(r)] + labels(a) + ['->'] + labels(b) AS labels, properties(r) AS properties",
				Map.of(), r -> {
					Value labels = r.get("labels");
					Value properties = r.get("properties");
					String type = labels.get(0).asString();
					count(counts, "relationship [:" + type + "]");
					for (String key : properties.keys()) {
						if (!Internal.isInternalProperty(key)) {
							count(counts, "property [:" + type + "]." + key);
						}
					}
					countBatch(counts, properties);
					digest[0] += hash("R", labels, properties);
				});
		return new Fingerprint(LiveSchemaReader.read(graph).elements(), counts, digest[0]);
	}

	private static void count(Map<String, Long> counts, String subject) {
		counts.merge(subject, 1L, Long::sum);
	}

	private static void countBatch(Map<String, Long> counts, Value properties) {
		Value batch = properties.get(Internal.BATCH_PROPERTY);
		if (!batch.isNull()) {
			count(counts, "batch " + batch.asObject());
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
