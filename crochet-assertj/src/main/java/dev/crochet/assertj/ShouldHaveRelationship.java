package dev.crochet.assertj;

import dev.crochet.ir.RelationshipSchema;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/**
 * A node model without a relationship definition, or a relationship entity with other
 * ends or type.
 */
final class ShouldHaveRelationship extends CrochetErrorMessage {

	private ShouldHaveRelationship(String format, Object... arguments) {
		super(format, arguments);
	}

	static ErrorMessageFactory shouldDeclareRelationship(String kgid, String type, String targetKgid,
			List<RelationshipSchema> declared) {
		return new ShouldHaveRelationship(
				"%nExpecting node %s to declare a relationship:%n  %s%nbut it declares:%n  %s", kgid,
				text("[:" + type + "] to " + targetKgid),
				lines(declared.stream().map(ShouldHaveRelationship::describe).toList()));
	}

	static ErrorMessageFactory shouldHaveType(String kgid, String actual, String expected) {
		return new ShouldHaveRelationship("%nExpecting relationship entity %s to have type:%n  %s%nbut had:%n  %s",
				kgid, expected, actual);
	}

	static ErrorMessageFactory shouldConnect(String kgid, String actualStart, String actualEnd, String expectedStart,
			String expectedEnd) {
		return new ShouldHaveRelationship(
				"%nExpecting relationship entity %s to connect:%n  %s%nbut it connects:%n  %s", kgid,
				text(expectedStart + " -> " + expectedEnd), text(actualStart + " -> " + actualEnd));
	}

	/** E.g. {@code [:FOLLOWS] to person_v1 (OUTGOING)}. */
	private static String describe(RelationshipSchema relationship) {
		return "[:" + relationship.type() + "] to " + relationship.targetKgid() + " (" + relationship.direction() + ")";
	}

}
