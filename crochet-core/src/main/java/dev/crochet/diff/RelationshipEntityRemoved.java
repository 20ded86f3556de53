package dev.crochet.diff;

import dev.crochet.ir.RelationshipEntitySchema;

import java.util.Objects;

/**
 * A relationship entity model that no longer exists; destructive:
 * {@code relationship acted_in_v1 [ACTED_IN] removed}.
 */
public record RelationshipEntityRemoved(RelationshipEntitySchema relationship) implements SchemaChange {

	public RelationshipEntityRemoved {
		Objects.requireNonNull(relationship, "relationship");
	}

	@Override
	public String kgid() {
		return relationship.kgid();
	}

	@Override
	public String describe() {
		return "relationship " + relationship.kgid() + " [" + relationship.type() + "] removed";
	}

	@Override
	public boolean destructive() {
		return true;
	}
}
