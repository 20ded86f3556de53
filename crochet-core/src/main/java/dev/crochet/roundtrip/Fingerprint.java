package dev.crochet.roundtrip;

import dev.crochet.live.SchemaElement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a graph holds, summarised so that two states can be compared cheaply and any
 * difference explained: its constraints and indexes, counts per label, property,
 * relationship type and batch, and order-independent digests of the content. Crochet's
 * internal labels, properties and indexes are never part of it.
 *
 * <p>
 * What the digests see: every node's labels and property values; every relationship's
 * type and property values, and which nodes it connects, by the content of its two end
 * nodes. So a property changed in place, and a relationship moved to another node of the
 * same label, show up even when no count changes. What they cannot see: two nodes with
 * equal labels and properties are indistinguishable, so swapping relationships between
 * such twins changes nothing that can be observed, by Crochet or by a query.
 *
 * @param schema constraints and indexes
 * @param counts subject -> count; subjects are {@code label :L}, {@code property :L.p},
 * {@code relationship [:T]}, {@code property [:T].p}, {@code batch b}
 * @param digests subject -> order-independent hash of the content counted under it:
 * {@code label :L} (its nodes), {@code relationship [:T]} (its relationships' own
 * properties) and {@code endpoints relationship [:T]} (the same with the content of both
 * end nodes)
 * @param digest order-independent hash of all content (labels, types, property values,
 * endpoints)
 * @param sketch the entities' hashes in a fixed-size summary, from which a few changed
 * entities can be found again when two fingerprints differ in content
 */
public record Fingerprint(List<SchemaElement> schema, Map<String, Long> counts, Map<String, Long> digests, long digest,
		EntitySketch sketch) {

	/**
	 * Prefix of the digest subjects that include the content of a relationship's end
	 * nodes.
	 */
	public static final String ENDPOINTS = "endpoints ";

	public Fingerprint {
		schema = List.copyOf(schema);
		counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
		digests = Collections.unmodifiableSortedMap(new TreeMap<>(digests));
		sketch = sketch == null ? EntitySketch.empty() : sketch;
	}

	/** A fingerprint without per-subject digests (only the whole-graph one) or sketch. */
	public Fingerprint(List<SchemaElement> schema, Map<String, Long> counts, long digest) {
		this(schema, counts, Map.of(), digest, null);
	}

	/**
	 * No data and no schema but the token lookup indexes every database has (what
	 * cleaning leaves).
	 */
	public boolean isEmpty() {
		return schema.stream().allMatch(e -> e.kind() == SchemaElement.Kind.LOOKUP_INDEX) && counts.isEmpty();
	}

	/** How {@code after} differs from this fingerprint; empty when they are equal. */
	public List<Difference> differences(Fingerprint after) {
		List<Difference> differences = new ArrayList<>();
		for (SchemaElement element : schema) {
			if (!after.schema.contains(element)) {
				differences.add(new Difference(element.describe(), Difference.PRESENT, 1, 0));
			}
		}
		for (SchemaElement element : after.schema) {
			if (!schema.contains(element)) {
				differences.add(new Difference(element.describe(), Difference.PRESENT, 0, 1));
			}
		}
		TreeSet<String> subjects = new TreeSet<>(counts.keySet());
		subjects.addAll(after.counts.keySet());
		for (String subject : subjects) {
			long before = counts.getOrDefault(subject, 0L);
			long now = after.counts.getOrDefault(subject, 0L);
			if (before != now) {
				differences.add(new Difference(subject, unitOf(subject), before, now));
			}
		}
		differences.addAll(contentChanges(after, differences));
		if (differences.isEmpty() && digest != after.digest) {
			// Same shape, different content, and no per-subject digest says where (one
			// taken without them).
			differences.add(new Difference("property values", Difference.DIGEST, 1, 0));
		}
		return differences;
	}

	/**
	 * Subjects whose counts agree but whose content does not. A subject already explained
	 * by a count is not repeated: a label whose property count changed has changed
	 * content too. Endpoints are only reported when every node compares equal, since
	 * changed nodes change the ends of their relationships as well, and saying so would
	 * add nothing.
	 */
	private List<Difference> contentChanges(Fingerprint after, List<Difference> counted) {
		List<Difference> changes = new ArrayList<>();
		boolean nodesEqual = true;
		for (String subject : digestSubjects(after)) {
			if (subject.startsWith(ENDPOINTS) || sameDigest(after, subject)) {
				continue;
			}
			if (subject.startsWith("label ")) {
				nodesEqual = false;
			}
			String owner = subject.substring(subject.indexOf(' ') + 1); // ":L" or "[:T]"
			if (counted.stream()
				.noneMatch(d -> d.subject().equals(subject) || d.subject().startsWith("property " + owner + "."))) {
				changes.add(new Difference(subject, Difference.VALUES, 1, 1));
			}
		}
		boolean nodeCountsEqual = counted.stream()
			.noneMatch(d -> d.subject().startsWith("label ") || (d.subject().startsWith("property :")));
		if (nodesEqual && nodeCountsEqual) {
			for (String subject : digestSubjects(after)) {
				String relationship = subject.startsWith(ENDPOINTS) ? subject.substring(ENDPOINTS.length()) : null;
				if (relationship != null && !sameDigest(after, subject) && sameDigest(after, relationship)
						&& counted.stream().noneMatch(d -> d.subject().equals(relationship))) {
					changes.add(new Difference(relationship, Difference.ENDPOINTS_UNIT, 1, 1));
				}
			}
		}
		return changes;
	}

	private TreeSet<String> digestSubjects(Fingerprint after) {
		TreeSet<String> subjects = new TreeSet<>(digests.keySet());
		subjects.addAll(after.digests.keySet());
		return subjects;
	}

	private boolean sameDigest(Fingerprint after, String subject) {
		return Objects.equals(digests.get(subject), after.digests.get(subject));
	}

	private static String unitOf(String subject) {
		if (subject.startsWith("batch ")) {
			return "entities";
		}
		return subject.contains("[:") ? "relationships" : "nodes";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Fingerprint f && schema.equals(f.schema) && counts.equals(f.counts)
				&& digests.equals(f.digests) && digest == f.digest;
	}

	@Override
	public int hashCode() {
		return Objects.hash(schema, counts, digests, digest);
	}
}
