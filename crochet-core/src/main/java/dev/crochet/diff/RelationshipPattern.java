package dev.crochet.diff;

import dev.crochet.ir.RelationshipSchema;

/**
 * A relationship definition as a Cypher-like pattern:
 * {@code (Person)<-[:DIRECTED]-(person_v1)}.
 */
final class RelationshipPattern {

	private RelationshipPattern() {
	}

	static String of(String label, RelationshipSchema relationship) {
		String type = "[:" + relationship.type() + "]";
		String arrow = switch (relationship.direction()) {
			case "OUTGOING" -> "-" + type + "->";
			case "INCOMING" -> "<-" + type + "-";
			default -> "-" + type + "-";
		};
		return "(" + label + ")" + arrow + "(" + relationship.targetKgid() + ")";
	}

}
