package dev.crochet.diff;

import java.util.Objects;

/**
 * The type of a relationship entity model changed:
 * {@code type of acted_in_v1 renamed ACTED_IN -> PLAYED_IN}. Later changes of the same
 * kgid name the relationship by its new type.
 */
public record RelationshipTypeRenamed(String kgid, String from, String to) implements SchemaChange {

	public RelationshipTypeRenamed {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}

	@Override
	public String describe() {
		return "type of " + kgid + " renamed " + from + " -> " + to;
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
