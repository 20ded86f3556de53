package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** A migration with another parent than expected. */
final class ShouldHaveParent extends CrochetErrorMessage {

	private ShouldHaveParent(String format, Object... arguments) {
		super(format, arguments);
	}

	static ErrorMessageFactory shouldHaveParent(String revision, String actual, String expected) {
		if (actual == null) {
			return new ShouldHaveParent("%nExpecting revision %s to have parent:%n  %s%nbut it is a root (no parent)",
					revision, expected);
		}
		return new ShouldHaveParent("%nExpecting revision %s to have parent:%n  %s%nbut had:%n  %s", revision, expected,
				actual);
	}

	static ErrorMessageFactory shouldBeRoot(String revision, String actual) {
		return new ShouldHaveParent("%nExpecting revision %s to be a root (no parent), but its parent is:%n  %s",
				revision, actual);
	}

}
