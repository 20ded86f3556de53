package dev.crochet.assertj;

import dev.crochet.ir.PropertySchema;

import org.assertj.core.error.ErrorMessageFactory;

/** A property model with another type or other flags than expected. */
final class ShouldHavePropertyDefinition extends CrochetErrorMessage {

	private ShouldHavePropertyDefinition(String format, Object... arguments) {
		super(format, arguments);
	}

	/**
	 * @param flag {@code unique}, {@code indexed} or {@code required}
	 */
	static ErrorMessageFactory shouldBe(String property, String flag, boolean expected, PropertySchema actual) {
		return new ShouldHavePropertyDefinition("%nExpecting property %s %s %s, but it is defined as:%n  %s", property,
				text(expected ? "to be" : "not to be"), text(flag), text(definition(actual)));
	}

	static ErrorMessageFactory shouldHaveType(String property, String actual, String expected) {
		return new ShouldHavePropertyDefinition("%nExpecting property %s to have type:%n  %s%nbut had:%n  %s", property,
				expected, actual);
	}

	/** E.g. {@code name STRING required unique indexed}. */
	static String definition(PropertySchema property) {
		return property.name() + " " + property.type() + (property.required() ? " required" : "")
				+ (property.unique() ? " unique" : "") + (property.indexed() ? " indexed" : "");
	}

}
