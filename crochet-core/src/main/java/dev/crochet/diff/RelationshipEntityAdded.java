package dev.crochet.diff;

import dev.crochet.ir.RelationshipEntitySchema;

import java.util.Objects;

/**
 * A relationship entity model that did not exist before:
 * {@code relationship acted_in_v1 [ACTED_IN] added}.
 */
public record RelationshipEntityAdded(RelationshipEntitySchema relationship) implements SchemaChange {

	public RelationshipEntityAdded {
		Objects.requireNonNull(relationship, "relationship");
	}

	@Override
	public String kgid() {
		return relationship.kgid();
	}

	@Override
	public String describe() {
		return "relationship " + relationship.kgid() + " [" + relationship.type() + "] added";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
