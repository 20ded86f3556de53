package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** A snapshot, a migration or a chain head with another schema hash than expected. */
final class ShouldHaveSchemaHash extends CrochetErrorMessage {

	private ShouldHaveSchemaHash(String format, Object... arguments) {
		super(format, arguments);
	}

	static ErrorMessageFactory shouldHaveSchemaHash(String actual, String expected) {
		return new ShouldHaveSchemaHash("%nExpecting schema snapshot to have hash:%n  %s%nbut had:%n  %s", expected,
				actual);
	}

	static ErrorMessageFactory shouldDeclareSchemaHash(String revision, String actual, String expected) {
		return new ShouldHaveSchemaHash("%nExpecting revision %s to declare schema hash:%n  %s%nbut it declares:%n  %s",
				revision, expected, actual);
	}

}
