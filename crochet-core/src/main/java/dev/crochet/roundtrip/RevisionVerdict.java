package dev.crochet.roundtrip;

import java.util.ArrayList;
import java.util.List;

/**
 * What the round trip found for one revision.
 *
 * @param downDifferences  state after its downgrade compared with the state before its upgrade
 * @param upDifferences    state after the second upgrade compared with the first
 * @param error            the failure message when a step threw, else null
 */
public record RevisionVerdict(String revision, Outcome outcome, List<Difference> downDifferences,
		List<Difference> upDifferences, String error) {

	/** The verdict kinds. */
	public enum Outcome {
		/** Down left no trace and up reproduced the first up. */
		PASSED,
		/** The downgrade left something behind or lost something. */
		LEFT_TRACE,
		/** The second upgrade did not reproduce the first. */
		NOT_REPRODUCED,
		/** Declared not rollback-safe: not downgraded. */
		SKIPPED_UNSAFE,
		/** A step threw. */
		FAILED
	}

	public RevisionVerdict {
		downDifferences = List.copyOf(downDifferences);
		upDifferences = List.copyOf(upDifferences);
	}

	public boolean passed() {
		return outcome == Outcome.PASSED || outcome == Outcome.SKIPPED_UNSAFE;
	}

	public List<Difference> leftBehind() {
		return downDifferences.stream().filter(Difference::leftBehind).toList();
	}

	public List<Difference> lost() {
		return downDifferences.stream().filter(Difference::lost).toList();
	}

	public String describe() {
		List<String> lines = new ArrayList<>();
		switch (outcome) {
			case PASSED -> lines.add(revision + ": ok (down leaves no trace, up reproduces)");
			case SKIPPED_UNSAFE -> lines.add(revision + ": not downgraded (declared rollbackSafe = false)");
			case FAILED -> lines.add(revision + ": failed: " + error);
			case LEFT_TRACE -> lines.add(revision + ": downgrade does not restore the graph");
			case NOT_REPRODUCED -> lines.add(revision + ": second upgrade differs from the first");
		}
		// The line already says left behind or lost: a schema element needs only its name.
		leftBehind().forEach(d -> lines.add("    left behind: " + ("present".equals(d.unit()) ? d.subject() : d.describe())));
		lost().forEach(d -> lines.add("    lost: " + ("present".equals(d.unit()) ? d.subject() : d.describe())));
		upDifferences.forEach(d -> lines.add("    not reproduced: " + d.describe()));
		return String.join(System.lineSeparator(), lines);
	}
}
