package dev.crochet.diff;

import dev.crochet.ir.RelationshipSchema;

import java.util.Objects;

/**
 * A relationship no longer declared on a node model:
 * {@code relationship (Person)-[:ACTED_IN]->(movie_v1) removed}. Not destructive:
 * existing relationships stay in the graph.
 *
 * @param label the declaring node's primary label
 */
public record RelationshipDefinitionRemoved(String kgid, String label,
		RelationshipSchema relationship) implements SchemaChange {

	public RelationshipDefinitionRemoved {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(relationship, "relationship");
	}

	@Override
	public String describe() {
		return "relationship " + RelationshipPattern.of(label, relationship) + " removed";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
