package dev.crochet.diff;

import dev.crochet.ir.CompositeIndexSchema;

import java.util.Objects;

/**
 * A {@code @CompositeIndex} that did not exist before:
 * {@code composite index Movie(title, released) added}.
 */
public record CompositeIndexAdded(String kgid, String label, CompositeIndexSchema index) implements SchemaChange {

	public CompositeIndexAdded {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(index, "index");
	}

	@Override
	public String describe() {
		return (index.unique() ? "unique " : "") + "composite index " + label + "("
				+ String.join(", ", index.properties()) + ") added";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
