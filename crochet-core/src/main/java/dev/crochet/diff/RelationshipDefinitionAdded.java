package dev.crochet.diff;

import dev.crochet.ir.RelationshipSchema;

import java.util.Objects;

/**
 * A relationship declared on a node model that was not declared before:
 * {@code relationship (Person)-[:ACTED_IN]->(movie_v1) added}.
 *
 * @param label the declaring node's primary label
 */
public record RelationshipDefinitionAdded(String kgid, String label,
		RelationshipSchema relationship) implements SchemaChange {

	public RelationshipDefinitionAdded {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(relationship, "relationship");
	}

	@Override
	public String describe() {
		return "relationship " + RelationshipPattern.of(label, relationship) + " added";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
