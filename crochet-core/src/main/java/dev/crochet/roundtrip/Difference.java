package dev.crochet.roundtrip;

import java.util.List;

/**
 * One way two fingerprints differ: a count of something before and after, or content that
 * changed while the counts stayed the same.
 *
 * @param subject what is counted, e.g. {@code label :Person},
 * {@code property :Person.age}, {@code range index on :Person(age)}, {@code batch b1},
 * {@code relationship [:WROTE]}
 * @param unit what the counts count: {@code nodes}, {@code relationships},
 * {@code entities}, {@code present}; or, for a change of content, {@link #VALUES}
 * (property values of the subject's nodes or relationships), {@link #ENDPOINTS_UNIT}
 * (relationships that connect other nodes) or {@link #DIGEST} (somewhere in the graph)
 * @param examples a few of the subject's entities as they are now, for a change of
 * content: e.g. {@code (:Person {name: "Ada"})-[:KNOWS]->(:Person {name: "Grace"})};
 * often empty
 */
public record Difference(String subject, String unit, long before, long after, List<String> examples) {

	/** Unit of a constraint or index: 1 when present, 0 when not. */
	public static final String PRESENT = "present";

	/**
	 * Unit of a change in the property values of one label's nodes or one type's
	 * relationships.
	 */
	public static final String VALUES = "values";

	/**
	 * Unit of relationships of one type that, in equal number and with equal properties,
	 * connect other nodes.
	 */
	public static final String ENDPOINTS_UNIT = "endpoints";

	/**
	 * Unit of a content change that cannot be placed (a fingerprint without per-subject
	 * digests).
	 */
	public static final String DIGEST = "digest";

	public Difference {
		examples = List.copyOf(examples);
	}

	/** A difference without examples. */
	public Difference(String subject, String unit, long before, long after) {
		this(subject, unit, before, after, List.of());
	}

	/**
	 * This difference with {@code examples} of the entities it is about, as they are now.
	 */
	public Difference withExamples(List<String> examples) {
		return new Difference(subject, unit, before, after, examples);
	}

	/**
	 * The same things are there, but their content differs: neither left behind nor lost.
	 */
	public boolean changed() {
		return VALUES.equals(unit) || ENDPOINTS_UNIT.equals(unit) || DIGEST.equals(unit);
	}

	/** After exceeds before: something was left behind. */
	public boolean leftBehind() {
		return !changed() && after > before;
	}

	/** Before exceeds after: something was lost. */
	public boolean lost() {
		return !changed() && after < before;
	}

	public String describe() {
		return examples.isEmpty() ? text() : text() + "; now, e.g.: " + String.join(", ", examples);
	}

	private String text() {
		switch (unit) {
			case DIGEST:
				return "property values changed (same labels, properties and counts, different content)";
			case VALUES:
				return "property values of "
						+ (subject.startsWith("label ") ? subject.substring("label ".length()) + " nodes"
								: subject.substring("relationship ".length()) + " relationships")
						+ " changed (same count and properties, different values)";
			case ENDPOINTS_UNIT:
				return subject.substring("relationship ".length()) + " relationships connect other nodes"
						+ " (same count and properties, different end nodes)";
			case PRESENT:
				return subject + (leftBehind() ? " left behind" : " lost");
			default:
				return subject + ": " + before + " " + unit + " before, " + after + " after";
		}
	}

	@Override
	public String toString() {
		return describe();
	}
}
