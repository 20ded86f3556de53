package dev.crochet.roundtrip;

import dev.crochet.roundtrip.RevisionVerdict.Outcome;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The verdict of a round trip, revision by revision.
 *
 * <pre>{@code
 * RoundTripReport report = crochet.roundTrip(RoundTripMode.STEPWISE);
 * if (!report.leavesNoTrace()) System.err.println(report.describe());
 * }</pre>
 */
public record RoundTripReport(RoundTripMode mode, List<RevisionVerdict> verdicts) {

	public RoundTripReport {
		verdicts = List.copyOf(verdicts);
	}

	/**
	 * Every downgrade run restored the graph exactly and every re-upgrade reproduced it.
	 */
	public boolean leavesNoTrace() {
		return verdicts.stream().allMatch(RevisionVerdict::passed);
	}

	/**
	 * The revisions judged and found wrong; those not run because of them are not among
	 * them.
	 */
	public List<RevisionVerdict> failures() {
		return verdicts.stream().filter(v -> !v.passed() && v.outcome() != Outcome.NOT_RUN).toList();
	}

	/** The revisions not run because an earlier one failed. */
	public List<RevisionVerdict> notRun() {
		return verdicts.stream().filter(v -> v.outcome() == Outcome.NOT_RUN).toList();
	}

	public Optional<RevisionVerdict> verdict(String revision) {
		return verdicts.stream().filter(v -> v.revision().equals(revision)).findFirst();
	}

	/**
	 * One line that closes a report: {@code Every downgrade leaves no trace.}, or the
	 * failures by kind, e.g.
	 * {@code Round trip failed: 0002_load (downgrade error), 0003_index (downgrade trace).}
	 */
	public String summary() {
		if (leavesNoTrace()) {
			return "Every downgrade leaves no trace.";
		}
		return "Round trip failed: " + failures().stream()
			.map(v -> v.revision() + v.failure().map(f -> " (" + f.words() + ")").orElse(""))
			.collect(Collectors.joining(", ")) + ".";
	}

	public String describe() {
		if (verdicts.isEmpty()) {
			return "Round trip (" + mode + "): no revisions";
		}
		int notRun = notRun().size();
		return "Round trip (" + mode + "): "
				+ (leavesNoTrace() ? "no trace left" : failures().size() + " revision(s) failed")
				+ (notRun == 0 ? "" : ", " + notRun + " not run") + System.lineSeparator()
				+ verdicts.stream().map(RevisionVerdict::describe).collect(Collectors.joining(System.lineSeparator()));
	}
}
