package dev.crochet.roundtrip;

import dev.crochet.live.SchemaElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a graph holds, summarised so that two states can be compared cheaply and any difference
 * explained: its constraints and indexes, counts per label, property, relationship type and batch,
 * and an order-independent digest of every node's and relationship's content. Crochet's internal
 * labels, properties and indexes are never part of it.
 *
 * @param schema  constraints and indexes
 * @param counts  subject -> count; subjects are {@code label :L}, {@code property :L.p},
 *                {@code relationship [:T]}, {@code property [:T].p}, {@code batch b}
 * @param digest  order-independent hash of all content (labels, types, property values)
 */
public record Fingerprint(List<SchemaElement> schema, Map<String, Long> counts, long digest) {

	public Fingerprint {
		schema = List.copyOf(schema);
		counts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(counts));
	}

	/** No data and no schema but the token lookup indexes every database has (what cleaning leaves). */
	public boolean isEmpty() {
		return schema.stream().allMatch(e -> e.kind() == SchemaElement.Kind.LOOKUP_INDEX) && counts.isEmpty();
	}

	/** How {@code after} differs from this fingerprint; empty when they are equal. */
	public List<Difference> differences(Fingerprint after) {
		List<Difference> differences = new ArrayList<>();
		for (SchemaElement element : schema) {
			if (!after.schema.contains(element)) {
				differences.add(new Difference(element.describe(), "present", 1, 0));
			}
		}
		for (SchemaElement element : after.schema) {
			if (!schema.contains(element)) {
				differences.add(new Difference(element.describe(), "present", 0, 1));
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
		if (differences.isEmpty() && digest != after.digest) {
			// Same shape, different values: a property was changed in place somewhere.
			differences.add(new Difference("property values", "digest", 1, 0));
		}
		return differences;
	}

	private static String unitOf(String subject) {
		if (subject.startsWith("batch ")) {
			return "entities";
		}
		return subject.contains("[:") ? "relationships" : "nodes";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Fingerprint f && schema.equals(f.schema) && counts.equals(f.counts) && digest == f.digest;
	}

	@Override
	public int hashCode() {
		return Objects.hash(schema, counts, digest);
	}
}
