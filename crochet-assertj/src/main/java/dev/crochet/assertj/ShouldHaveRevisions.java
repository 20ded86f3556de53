package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A migration chain with another head, root or order of revisions than expected. */
final class ShouldHaveRevisions extends CrochetErrorMessage {

	private ShouldHaveRevisions(String format, Object... arguments) {
		super(format, arguments);
	}

	/**
	 * @param end {@code head} or {@code root}; {@code actual} null for an empty chain
	 */
	static ErrorMessageFactory shouldHaveEnd(String end, String actual, String expected) {
		if (actual == null) {
			return new ShouldHaveRevisions("%nExpecting migration chain to have %s:%n  %s%nbut the chain is empty",
					text(end), expected);
		}
		return new ShouldHaveRevisions("%nExpecting migration chain to have %s:%n  %s%nbut had:%n  %s", text(end),
				expected, actual);
	}

	static ErrorMessageFactory shouldHaveRevisions(List<String> actual, List<String> expected) {
		return new ShouldHaveRevisions(
				"%nExpecting migration chain to have revisions (root first):%n  %s%nbut had:%n  %s", expected, actual);
	}

	static ErrorMessageFactory shouldContainRevision(String revision, List<String> actual) {
		return new ShouldHaveRevisions(
				"%nExpecting migration chain to contain revision:%n  %s%nbut its revisions are:%n  %s", revision,
				actual);
	}

}
