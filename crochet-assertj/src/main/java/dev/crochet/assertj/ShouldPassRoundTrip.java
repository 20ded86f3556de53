package dev.crochet.assertj;

import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RevisionVerdict.Outcome;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/**
 * A round trip whose downgrades left a trace, whose upgrades did not reproduce, or with
 * another verdict.
 */
final class ShouldPassRoundTrip extends CrochetErrorMessage {

	private ShouldPassRoundTrip(String format, Object... arguments) {
		super(format, arguments);
	}

	/**
	 * @param report the report's own description, verdict by verdict
	 */
	static ErrorMessageFactory shouldLeaveNoTrace(String report) {
		return new ShouldPassRoundTrip("%nExpecting the round trip to leave no trace, but:%n%s", text(report));
	}

	static ErrorMessageFactory shouldReproduceUpgrade(List<RevisionVerdict> notReproduced) {
		return new ShouldPassRoundTrip("%nExpecting every second upgrade to reproduce the first, but:%n%s", text(
				String.join(System.lineSeparator(), notReproduced.stream().map(RevisionVerdict::describe).toList())));
	}

	static ErrorMessageFactory shouldHaveVerdict(RevisionVerdict actual, Outcome expected) {
		return new ShouldPassRoundTrip("%nExpecting the round-trip verdict of revision %s to be:%n  %s%nbut was:%n%s",
				actual.revision(), expected, text(actual.describe()));
	}

	static ErrorMessageFactory shouldHaveVerdictFor(String revision, List<String> revisions) {
		return new ShouldPassRoundTrip(
				"%nExpecting the round trip to have a verdict for revision:%n  %s%nbut it has verdicts for:%n  %s",
				revision, revisions);
	}

}
