package dev.crochet.engine;

import dev.crochet.roundtrip.EntitySketch;
import dev.crochet.roundtrip.Fingerprint;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Takes a {@link Fingerprint} of a live graph: counts and content digests come from one
 * streamed pass over the nodes and one over the relationships, so memory stays flat
 * however large the graph is (only one counter and one digest per label, type, property
 * and batch is held).
 *
 * <p>
 * A relationship is hashed together with the content of its two end nodes (their labels
 * and properties), not just its type and the labels at its ends: a downgrade that
 * re-points relationships to other nodes of the same labels changes no count, and only
 * this tells it apart. Element ids cannot serve, because a round trip deletes and
 * re-creates nodes, which then get new ids.
 */
final class Fingerprinter {

	private static final String NODES = "MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '"
			+ Internal.LABEL_PREFIX + "')" + " RETURN labels(n) AS labels, properties(n) AS properties";

	private static final String RELATIONSHIPS = "MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS properties,"
			+ " labels(a) AS fromLabels, properties(a) AS fromProperties, labels(b) AS toLabels, properties(b) AS toProperties";

	private Fingerprinter() {
	}

	/**
	 * Two streaming passes, one over nodes and one over relationships, give both the
	 * counts and the digests: counting in the same pass (rather than in separate
	 * aggregate queries) halves the work, and fewer distinct queries means less
	 * re-planning after every schema change.
	 */
	static Fingerprint take(Graph graph) {
		Map<String, Long> counts = new HashMap<>();
		Map<String, Long> digests = new HashMap<>();
		long[] digest = { 0L };
		EntitySketch.Builder sketch = EntitySketch.builder();
		graph.stream(NODES, Map.of(), r -> {
			List<String> labels = r.get("labels").asList(Value::asString);
			Value properties = r.get("properties");
			long hash = ContentHash.node(labels, properties);
			for (String label : countedLabels(labels)) {
				String subject = "label :" + label;
				count(counts, subject);
				digests.merge(subject, hash, Long::sum);
				for (String key : properties.keys()) {
					if (!Internal.isInternalProperty(key)) {
						count(counts, "property :" + label + "." + key);
					}
				}
			}
			countBatch(counts, properties);
			digest[0] += hash;
			sketch.add(hash);
		});
		graph.stream(RELATIONSHIPS, Map.of(), r -> {
			String type = r.get("type").asString();
			Value properties = r.get("properties");
			String subject = "relationship [:" + type + "]";
			count(counts, subject);
			for (String key : properties.keys()) {
				if (!Internal.isInternalProperty(key)) {
					count(counts, "property [:" + type + "]." + key);
				}
			}
			countBatch(counts, properties);
			long own = ContentHash.relationship(type, properties);
			long whole = withEnds(own, r);
			digests.merge(subject, own, Long::sum);
			digests.merge(Fingerprint.ENDPOINTS + subject, whole, Long::sum);
			digest[0] += whole;
			sketch.add(whole);
		});
		return new Fingerprint(LiveSchemaReader.read(graph).elements(), counts, digests, digest[0], sketch.build());
	}

	/**
	 * Up to {@code perSubject} entities of the graph whose content hash is one of
	 * {@code hashes}, rendered for people and keyed by the subject they count under
	 * ({@code label :L}, {@code relationship [:T]}). Another two streamed passes, taken
	 * only to explain a difference already found.
	 */
	static Map<String, List<String>> examples(Graph graph, Set<Long> hashes, int perSubject) {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		if (hashes.isEmpty()) {
			return examples;
		}
		graph.stream(NODES, Map.of(), r -> {
			List<String> labels = r.get("labels").asList(Value::asString);
			Value properties = r.get("properties");
			if (hashes.contains(ContentHash.node(labels, properties))) {
				for (String label : countedLabels(labels)) {
					add(examples, "label :" + label, render(labels, properties), perSubject);
				}
			}
		});
		graph.stream(RELATIONSHIPS, Map.of(), r -> {
			String type = r.get("type").asString();
			Value properties = r.get("properties");
			if (hashes.contains(withEnds(ContentHash.relationship(type, properties), r))) {
				List<String> fromLabels = r.get("fromLabels").asList(Value::asString);
				List<String> toLabels = r.get("toLabels").asList(Value::asString);
				String props = userProperties(properties).isEmpty() ? "" : " " + renderProperties(properties);
				add(examples, "relationship [:" + type + "]", render(fromLabels, r.get("fromProperties")) + "-[:" + type
						+ props + "]->" + render(toLabels, r.get("toProperties")), perSubject);
			}
		});
		return examples;
	}

	/**
	 * A row of {@link #RELATIONSHIPS}: its own content hash mixed with its two end
	 * nodes'.
	 */
	private static long withEnds(long own, Record row) {
		return ContentHash.withEnds(own,
				ContentHash.node(row.get("fromLabels").asList(Value::asString), row.get("fromProperties")),
				ContentHash.node(row.get("toLabels").asList(Value::asString), row.get("toProperties")));
	}

	/** The labels a node is counted under: its own, or {@code (no label)}. */
	private static List<String> countedLabels(List<String> labels) {
		return labels.isEmpty() ? List.of("(no label)") : labels;
	}

	private static void add(Map<String, List<String>> examples, String subject, String example, int perSubject) {
		List<String> list = examples.computeIfAbsent(subject, s -> new ArrayList<>());
		if (list.size() < perSubject) {
			list.add(example);
		}
	}

	/**
	 * E.g. {@code (:Person {name: "Ada", born: 1815})}: at most five properties, long
	 * values cut.
	 */
	private static String render(List<String> labels, Value properties) {
		String props = userProperties(properties).isEmpty() ? "" : " " + renderProperties(properties);
		return "(" + labels.stream().sorted().map(l -> ":" + l).collect(Collectors.joining()) + props + ")";
	}

	private static String renderProperties(Value properties) {
		TreeMap<String, String> props = userProperties(properties);
		String shown = props.entrySet()
			.stream()
			.limit(5)
			.map(e -> e.getKey() + ": " + cut(e.getValue()))
			.collect(Collectors.joining(", "));
		return "{" + shown + (props.size() > 5 ? ", ..." : "") + "}";
	}

	private static String cut(String value) {
		return value.length() <= 40 ? value : value.substring(0, 37) + "...";
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

	private static TreeMap<String, String> userProperties(Value properties) {
		TreeMap<String, String> props = new TreeMap<>();
		properties.asMap(Value::toString).forEach((k, v) -> {
			if (!Internal.isInternalProperty(k)) {
				props.put(k, v);
			}
		});
		return props;
	}

}
