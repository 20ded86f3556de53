package dev.crochet.live;

import java.util.List;
import java.util.Objects;

/**
 * One constraint or index, as Neo4j reports it or as the models declare it. Equality ignores the
 * name: two elements are the same when they constrain or index the same thing the same way.
 *
 * @param kind         what it is
 * @param relationship whether it applies to a relationship type (else a node label)
 * @param labelOrType  the label or relationship type
 * @param properties   in index order
 * @param name         the name in the database, or null for a declared element
 */
public record SchemaElement(Kind kind, boolean relationship, String labelOrType, List<String> properties, String name) {

	/** The kinds of constraint and index Crochet compares. */
	public enum Kind {
		UNIQUE_CONSTRAINT, EXISTENCE_CONSTRAINT, KEY_CONSTRAINT, TYPE_CONSTRAINT, RANGE_INDEX, TEXT_INDEX,
		POINT_INDEX, FULLTEXT_INDEX, VECTOR_INDEX
	}

	public SchemaElement {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(labelOrType, "labelOrType");
		properties = List.copyOf(properties);
	}

	public static SchemaElement declared(Kind kind, boolean relationship, String labelOrType, List<String> properties) {
		return new SchemaElement(kind, relationship, labelOrType, properties, null);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SchemaElement that && kind == that.kind && relationship == that.relationship
				&& labelOrType.equals(that.labelOrType) && properties.equals(that.properties);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, relationship, labelOrType, properties);
	}

	/** E.g. {@code unique constraint on :Person(name)} or {@code range index on [:RATED](stars)}. */
	public String describe() {
		String target = relationship ? "[:" + labelOrType + "]" : ":" + labelOrType;
		String text = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " on " + target + "("
				+ String.join(", ", properties) + ")";
		return name == null ? text : text + " named " + name;
	}

	@Override
	public String toString() {
		return describe();
	}
}
