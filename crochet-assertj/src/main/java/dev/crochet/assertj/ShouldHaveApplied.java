package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/**
 * A ledger at another revision, or with other applied or pending revisions, than
 * expected.
 */
final class ShouldHaveApplied extends CrochetErrorMessage {

	private ShouldHaveApplied(String format, Object... arguments) {
		super(format, arguments);
	}

	static ErrorMessageFactory shouldBeAtRevision(String actual, String expected) {
		if (actual == null) {
			return new ShouldHaveApplied("%nExpecting the ledger to be at revision:%n  %s%nbut no revision is applied",
					expected);
		}
		return new ShouldHaveApplied("%nExpecting the ledger to be at revision:%n  %s%nbut its head is:%n  %s",
				expected, actual);
	}

	static ErrorMessageFactory shouldBeAtBase(String actual) {
		return new ShouldHaveApplied("%nExpecting the ledger to have no revision applied, but its head is:%n  %s",
				actual);
	}

	static ErrorMessageFactory shouldHaveApplied(List<String> expected, List<String> notApplied, List<String> applied) {
		return new ShouldHaveApplied("%nExpecting the ledger to have applied:%n  %s%nbut these are not applied:%n  %s%n"
				+ "applied (oldest first):%n  %s", expected, notApplied, applied);
	}

	static ErrorMessageFactory shouldHaveAppliedExactly(List<String> actual, List<String> expected) {
		return new ShouldHaveApplied(
				"%nExpecting the ledger to have applied exactly (oldest first):%n  %s%nbut applied:%n  %s", expected,
				actual);
	}

	static ErrorMessageFactory shouldHavePending(List<String> actual, List<String> expected) {
		return new ShouldHaveApplied(
				"%nExpecting the pending revisions (in the chain, not in the ledger) to be:%n  %s%nbut they are:%n  %s",
				expected, actual);
	}

}
