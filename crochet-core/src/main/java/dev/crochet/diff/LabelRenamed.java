package dev.crochet.diff;

import java.util.Objects;

/**
 * The primary label of a node model changed:
 * {@code label of person_v1 renamed Person -> Human}. Later changes of the same kgid name
 * the node by its new label.
 */
public record LabelRenamed(String kgid, String from, String to) implements SchemaChange {

	public LabelRenamed {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}

	@Override
	public String describe() {
		return "label of " + kgid + " renamed " + from + " -> " + to;
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
