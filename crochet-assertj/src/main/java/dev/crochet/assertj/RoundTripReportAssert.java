package dev.crochet.assertj;

import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RevisionVerdict.Outcome;
import dev.crochet.roundtrip.RoundTripReport;
import org.assertj.core.api.AbstractAssert;

import java.util.List;

import static dev.crochet.assertj.ShouldPassRoundTrip.shouldHaveVerdict;
import static dev.crochet.assertj.ShouldPassRoundTrip.shouldHaveVerdictFor;
import static dev.crochet.assertj.ShouldPassRoundTrip.shouldLeaveNoTrace;
import static dev.crochet.assertj.ShouldPassRoundTrip.shouldReproduceUpgrade;

/**
 * Assertions on the verdict of a round trip ({@code crochet.roundTrip(mode)}, or the
 * report the JUnit extension injects).
 *
 * <pre>{@code
 * assertThat(crochet.roundTrip(RoundTripMode.STEPWISE))
 *     .leavesNoTrace()
 *     .reproducesUpgrade()
 *     .hasVerdict("0004_drop_age", Outcome.SKIPPED_UNSAFE);
 * }</pre>
 */
public class RoundTripReportAssert extends AbstractAssert<RoundTripReportAssert, RoundTripReport> {

	public RoundTripReportAssert(RoundTripReport actual) {
		super(actual, RoundTripReportAssert.class);
	}

	/**
	 * Every downgrade restored the graph exactly and every re-upgrade reproduced it
	 * (revisions declared not rollback-safe were not downgraded and do not count against
	 * it). The failure shows the whole report: what each downgrade left behind or lost.
	 */
	public RoundTripReportAssert leavesNoTrace() {
		isNotNull();
		if (!actual.leavesNoTrace()) {
			throwAssertionError(shouldLeaveNoTrace(actual.describe()));
		}
		return myself;
	}

	/** Every second upgrade produced the same schema and data as the first. */
	public RoundTripReportAssert reproducesUpgrade() {
		isNotNull();
		List<RevisionVerdict> notReproduced = actual.verdicts()
			.stream()
			.filter(v -> v.outcome() == Outcome.NOT_REPRODUCED || !v.upDifferences().isEmpty())
			.toList();
		if (!notReproduced.isEmpty()) {
			throwAssertionError(shouldReproduceUpgrade(notReproduced));
		}
		return myself;
	}

	/** The round trip judged {@code revision} as {@code outcome}. */
	public RoundTripReportAssert hasVerdict(String revision, Outcome outcome) {
		isNotNull();
		RevisionVerdict verdict = actual.verdict(revision).orElse(null);
		if (verdict == null) {
			throwAssertionError(
					shouldHaveVerdictFor(revision, actual.verdicts().stream().map(RevisionVerdict::revision).toList()));
		}
		else if (verdict.outcome() != outcome) {
			throwAssertionError(shouldHaveVerdict(verdict, outcome));
		}
		return myself;
	}

}
