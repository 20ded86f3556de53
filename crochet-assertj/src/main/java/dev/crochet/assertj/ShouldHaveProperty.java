package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A node or relationship entity model without a property. */
final class ShouldHaveProperty extends CrochetErrorMessage {

	private ShouldHaveProperty(String owner, String property, List<String> properties) {
		super("%nExpecting %s to have property:%n  %s%nbut its properties are:%n  %s", text(owner), property,
				properties);
	}

	/**
	 * @param owner e.g. {@code node "person_v1"}, already quoted where it names something
	 */
	static ErrorMessageFactory shouldHaveProperty(String owner, String property, List<String> properties) {
		return new ShouldHaveProperty(owner, property, properties);
	}

}
