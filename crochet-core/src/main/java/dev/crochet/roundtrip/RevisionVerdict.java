package dev.crochet.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the round trip found for one revision.
 *
 * @param downDifferences state after its downgrade compared with the state before its
 * upgrade
 * @param upDifferences state after the second upgrade compared with the first
 * @param error the message of the step that threw, else null: for {@link Outcome#FAILED}
 * the failure itself; for {@link Outcome#LEFT_TRACE} and {@link Outcome#NOT_REPRODUCED}
 * the second upgrade's error, evidence of what the downgrade left; for
 * {@link Outcome#NOT_RUN} why the revision was not run
 * @param timings how long its steps took
 */
public record RevisionVerdict(String revision, Outcome outcome, List<Difference> downDifferences,
		List<Difference> upDifferences, String error, RevisionTimings timings) {

	/** The verdict kinds. */
	public enum Outcome {

		/** Down left no trace and up reproduced the first up. */
		PASSED,
		/**
		 * The downgrade left something behind or lost something, seen in the graph or
		 * because the second upgrade then failed (its error is the evidence).
		 */
		LEFT_TRACE,
		/** The second upgrade did not reproduce the first. */
		NOT_REPRODUCED,
		/** Declared not rollback-safe: not downgraded. */
		SKIPPED_UNSAFE,
		/** The first upgrade or the downgrade threw. */
		FAILED,
		/**
		 * Not run: an earlier revision failed and the round trip could not go on past it.
		 */
		NOT_RUN

	}

	/**
	 * What kind of failure a failed verdict is, in the words that close its description
	 * and the report's summary: a reader sees at once whether the downgrade threw, left a
	 * trace, or the upgrade did not come out the same.
	 */
	public enum Failure {

		/** The first upgrade threw. */
		UPGRADE_ERROR("upgrade error"),
		/** The downgrade threw. */
		DOWNGRADE_ERROR("downgrade error"),
		/**
		 * The downgrade ran but left something behind, lost something, or changed
		 * content.
		 */
		DOWNGRADE_TRACE("downgrade trace"),
		/**
		 * The downgrade restored the graph, but the second upgrade gave a different graph
		 * than the first.
		 */
		NOT_REPRODUCED("upgrade not reproduced"),
		/**
		 * The second upgrade threw, from a state the first one upgraded from without
		 * error.
		 */
		RE_UPGRADE_FAILURE("re-upgrade failure");

		private final String words;

		Failure(String words) {
			this.words = words;
		}

		/** E.g. {@code downgrade trace}. */
		public String words() {
			return words;
		}

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

	/**
	 * The kind of failure, empty when the verdict passed or the revision was not run. A
	 * downgrade that left a trace is a {@link Failure#DOWNGRADE_TRACE} even when the
	 * second upgrade then threw (the trace is the cause); a failed step is told from the
	 * timings, which run until the step that threw.
	 */
	public Optional<Failure> failure() {
		return Optional.ofNullable(switch (outcome) {
			case PASSED, SKIPPED_UNSAFE, NOT_RUN -> null;
			case FAILED ->
				timings.downMillis() == RevisionTimings.NOT_RUN ? Failure.UPGRADE_ERROR : Failure.DOWNGRADE_ERROR;
			case LEFT_TRACE ->
				downDifferences.isEmpty() && error != null ? Failure.RE_UPGRADE_FAILURE : Failure.DOWNGRADE_TRACE;
			case NOT_REPRODUCED -> error != null ? Failure.RE_UPGRADE_FAILURE : Failure.NOT_REPRODUCED;
		});
	}

	public List<Difference> leftBehind() {
		return downDifferences.stream().filter(Difference::leftBehind).toList();
	}

	public List<Difference> lost() {
		return downDifferences.stream().filter(Difference::lost).toList();
	}

	/**
	 * What the downgrade left in place but with other content: property values, or
	 * relationships' end nodes.
	 */
	public List<Difference> changed() {
		return downDifferences.stream().filter(Difference::changed).toList();
	}

	/**
	 * What backs a {@link Outcome#LEFT_TRACE} or {@link Outcome#NOT_REPRODUCED} verdict,
	 * one entry each: {@code left behind: ...}, {@code lost: ...}, {@code changed: ...},
	 * {@code not reproduced: ...} and, when the second upgrade threw,
	 * {@code the re-upgrade failed: <error>} (which may span lines). Empty for the other
	 * outcomes.
	 */
	public List<String> evidence() {
		if (outcome != Outcome.LEFT_TRACE && outcome != Outcome.NOT_REPRODUCED) {
			return List.of();
		}
		List<String> evidence = new ArrayList<>();
		// The entry already says left behind or lost: a schema element needs only its
		// name.
		leftBehind().forEach(d -> evidence
			.add("left behind: " + (Difference.PRESENT.equals(d.unit()) ? d.subject() : d.describe())));
		lost()
			.forEach(d -> evidence.add("lost: " + (Difference.PRESENT.equals(d.unit()) ? d.subject() : d.describe())));
		changed().forEach(d -> evidence.add("changed: " + d.describe()));
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
			case NOT_REPRODUCED -> lines.add(revision + (error == null ? ": second upgrade differs from the first"
					: ": second upgrade failed, although the downgrade restored the graph"));
		}
		// An error's own lines (Neo4j's cause) sit under the evidence line they belong
		// to.
		evidence().forEach(e -> lines.add("    " + e.lines().collect(Collectors.joining(NL + "      "))));
		failure().ifPresent(f -> lines.add("    kind: " + f.words()));
		return String.join(NL, lines);
	}
}
