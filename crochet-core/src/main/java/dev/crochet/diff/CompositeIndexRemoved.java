package dev.crochet.diff;

import dev.crochet.ir.CompositeIndexSchema;

import java.util.Objects;

/**
 * A {@code @CompositeIndex} that no longer exists:
 * {@code composite index Movie(title, released) removed}.
 */
public record CompositeIndexRemoved(String kgid, String label, CompositeIndexSchema index) implements SchemaChange {

	public CompositeIndexRemoved {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(index, "index");
	}

	@Override
	public String describe() {
		return (index.unique() ? "unique " : "") + "composite index " + label + "("
				+ String.join(", ", index.properties()) + ") removed";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
