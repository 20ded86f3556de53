package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A node model with other labels than expected. */
final class ShouldHaveLabels extends CrochetErrorMessage {

	private ShouldHaveLabels(String format, Object... arguments) {
		super(format, arguments);
	}

	static ErrorMessageFactory shouldHaveLabels(String kgid, List<String> actual, List<String> expected) {
		return new ShouldHaveLabels("%nExpecting node %s to have labels:%n  %s%nbut had:%n  %s", kgid, expected,
				actual);
	}

	static ErrorMessageFactory shouldHavePrimaryLabel(String kgid, String actual, String expected) {
		return new ShouldHaveLabels("%nExpecting node %s to have primary label:%n  %s%nbut had:%n  %s", kgid, expected,
				actual);
	}

}
