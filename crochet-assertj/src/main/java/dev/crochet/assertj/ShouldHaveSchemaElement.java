package dev.crochet.assertj;

import dev.crochet.live.SchemaElement;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A live schema with or without a constraint or index, against expectation. */
final class ShouldHaveSchemaElement extends CrochetErrorMessage {

	private ShouldHaveSchemaElement(String format, Object... arguments) {
		super(format, arguments);
	}

	/**
	 * @param subject {@code the graph} or {@code the live schema}
	 * @param what {@code a unique constraint} or {@code an index}
	 * @param target {@code :Person(name)}
	 */
	static ErrorMessageFactory shouldHave(String subject, String what, String target, List<SchemaElement> present) {
		return new ShouldHaveSchemaElement(
				"%nExpecting %s to have %s on:%n  %s%nbut its constraints and indexes are:%n  %s", text(subject),
				text(what), text(target), lines(present.stream().map(SchemaElement::describe).toList()));
	}

	/**
	 * @param what {@code unique constraint} or {@code index}
	 */
	static ErrorMessageFactory shouldNotHave(String subject, String what, String target, List<SchemaElement> found) {
		return new ShouldHaveSchemaElement("%nExpecting %s to have no %s on:%n  %s%nbut found:%n  %s", text(subject),
				text(what), text(target), lines(found.stream().map(SchemaElement::describe).toList()));
	}

}
