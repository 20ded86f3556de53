package dev.crochet.roundtrip;

/**
 * One way two fingerprints differ: a count of something before and after.
 *
 * @param subject what is counted, e.g. {@code label :Person}, {@code property :Person.age},
 *                {@code range index on :Person(age)}, {@code batch b1}
 * @param unit    what the counts count: {@code nodes}, {@code relationships}, {@code present}, ...
 */
public record Difference(String subject, String unit, long before, long after) {

	/** After exceeds before: something was left behind. */
	public boolean leftBehind() {
		return after > before;
	}

	/** Before exceeds after: something was lost. */
	public boolean lost() {
		return after < before;
	}

	public String describe() {
		if ("digest".equals(unit)) {
			return "property values changed (same labels, properties and counts, different content)";
		}
		if ("present".equals(unit)) {
			return subject + (leftBehind() ? " left behind" : " lost");
		}
		return subject + ": " + before + " " + unit + " before, " + after + " after";
	}

	@Override
	public String toString() {
		return describe();
	}
}
