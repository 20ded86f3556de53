package dev.crochet.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the round trip found for one revision.
 *
 * @param downDifferences  state after its downgrade compared with the state before its upgrade
 * @param upDifferences    state after the second upgrade compared with the first
 * @param error            the message of the step that threw, else null: for {@link Outcome#FAILED} the
 *                         failure itself; for {@link Outcome#LEFT_TRACE} and {@link Outcome#NOT_REPRODUCED}
 *                         the second upgrade's error, evidence of what the downgrade left; for
 *                         {@link Outcome#NOT_RUN} why the revision was not run
 * @param timings          how long its steps took
 */
public record RevisionVerdict(String revision, Outcome outcome, List<Difference> downDifferences,
		List<Difference> upDifferences, String error, RevisionTimings timings) {

	/** The verdict kinds. */
	public enum Outcome {
		/** Down left no trace and up reproduced the first up. */
		PASSED,
		/**
		 * The downgrade left something behind or lost something, seen in the graph or because the second
		 * upgrade then failed (its error is the evidence).
		 */
		LEFT_TRACE,
		/** The second upgrade did not reproduce the first. */
		NOT_REPRODUCED,
		/** Declared not rollback-safe: not downgraded. */
		SKIPPED_UNSAFE,
		/** The first upgrade or the downgrade threw. */
		FAILED,
		/** Not run: an earlier revision failed and the round trip could not go on past it. */
		NOT_RUN
	}

	private static final String NL = System.lineSeparator();

	public RevisionVerdict {
		downDifferences = List.copyOf(downDifferences);
		upDifferences = List.copyOf(upDifferences);
		timings = timings == null ? RevisionTimings.NONE : timings;
	}

	/** A verdict without timings. */
	public RevisionVerdict(String revision, Outcome outcome, List<Difference> downDifferences,
			List<Difference> upDifferences, String error) {
		this(revision, outcome, downDifferences, upDifferences, error, RevisionTimings.NONE);
	}

	/** {@code revision} was not run, for {@code reason}. */
	public static RevisionVerdict notRun(String revision, String reason) {
		return new RevisionVerdict(revision, Outcome.NOT_RUN, List.of(), List.of(), reason, RevisionTimings.NONE);
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

	/**
	 * What backs a {@link Outcome#LEFT_TRACE} or {@link Outcome#NOT_REPRODUCED} verdict, one entry each:
	 * {@code left behind: ...}, {@code lost: ...}, {@code not reproduced: ...} and, when the second upgrade
	 * threw, {@code the re-upgrade failed: <error>} (which may span lines). Empty for the other outcomes.
	 */
	public List<String> evidence() {
		if (outcome != Outcome.LEFT_TRACE && outcome != Outcome.NOT_REPRODUCED) {
			return List.of();
		}
		List<String> evidence = new ArrayList<>();
		// The entry already says left behind or lost: a schema element needs only its name.
		leftBehind().forEach(d -> evidence.add("left behind: " + ("present".equals(d.unit()) ? d.subject() : d.describe())));
		lost().forEach(d -> evidence.add("lost: " + ("present".equals(d.unit()) ? d.subject() : d.describe())));
		upDifferences.forEach(d -> evidence.add("not reproduced: " + d.describe()));
		if (error != null) {
			evidence.add("the re-upgrade failed: " + error);
		}
		return evidence;
	}

	public String describe() {
		List<String> lines = new ArrayList<>();
		switch (outcome) {
			case PASSED -> lines.add(revision + ": ok (down leaves no trace, up reproduces)");
			case SKIPPED_UNSAFE -> lines.add(revision + ": not downgraded (declared rollbackSafe = false)");
			case FAILED -> lines.add(revision + ": failed: " + error);
			case NOT_RUN -> lines.add(revision + ": not run (" + error + ")");
			case LEFT_TRACE -> lines.add(revision + ": downgrade does not restore the graph");
			case NOT_REPRODUCED -> lines.add(revision + ": second upgrade differs from the first");
		}
		// An error's own lines (Neo4j's cause) sit under the evidence line they belong to.
		evidence().forEach(e -> lines.add("    " + e.lines().collect(Collectors.joining(NL + "      "))));
		return String.join(NL, lines);
	}
}
