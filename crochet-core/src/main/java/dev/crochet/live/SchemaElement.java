package dev.crochet.live;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One constraint or index, as Neo4j reports it or as the models declare it. Equality
 * ignores the name: two elements are the same when they constrain or index the same thing
 * the same way. The one exception is {@link Kind#OTHER}, something Crochet cannot
 * interpret, which is compared by its name and its definition, since those are all that
 * is known about it.
 *
 * <pre>{@code
 * SchemaElement.declared(Kind.FULLTEXT_INDEX, false, List.of("Author", "Book"), List.of("name")).describe();
 * // fulltext index on :Author|Book(name)
 * }</pre>
 *
 * @param kind what it is
 * @param relationship whether it applies to relationship types (else node labels)
 * @param labelsOrTypes the labels or relationship types, sorted (a full-text index can
 * have several; a token lookup index and {@link Kind#OTHER} have none)
 * @param properties in index order
 * @param propertyType the type a {@link Kind#TYPE_CONSTRAINT} requires, as Neo4j spells
 * it (e.g. {@code INTEGER}); else null
 * @param name the name in the database, or null for a declared element
 * @param definition for {@link Kind#OTHER}: how Neo4j describes it (its
 * {@code createStatement}, else the row); else null
 */
public record SchemaElement(Kind kind, boolean relationship, List<String> labelsOrTypes, List<String> properties,
		String propertyType, String name, String definition) {

	/** The kinds of constraint and index Crochet compares. */
	public enum Kind {

		UNIQUE_CONSTRAINT("unique constraint"), EXISTENCE_CONSTRAINT("existence constraint"),
		KEY_CONSTRAINT("key constraint"), TYPE_CONSTRAINT("property type constraint"), RANGE_INDEX("range index"),
		TEXT_INDEX("text index"), POINT_INDEX("point index"), FULLTEXT_INDEX("fulltext index"),
		VECTOR_INDEX("vector index"),
		/**
		 * A token lookup index: every database has one for node labels and one for
		 * relationship types.
		 */
		LOOKUP_INDEX("token lookup index"),
		/**
		 * An index or constraint of a type this version of Crochet does not know (a newer
		 * Neo4j's).
		 */
		OTHER("index or constraint");

		private final String words;

		Kind(String words) {
			this.words = words;
		}

		/** How reports name the kind, e.g. {@code property type constraint}. */
		public String words() {
			return words;
		}

	}

	public SchemaElement {
		Objects.requireNonNull(kind, "kind");
		// A multi-token index covers a set of labels: the order they were written in says
		// nothing.
		labelsOrTypes = List.copyOf(new TreeSet<>(labelsOrTypes));
		properties = List.copyOf(properties);
		if (kind == Kind.OTHER) {
			Objects.requireNonNull(definition, "definition");
		}
	}

	/** What the models declare on one label or relationship type. */
	public static SchemaElement declared(Kind kind, boolean relationship, String labelOrType, List<String> properties) {
		Objects.requireNonNull(labelOrType, "labelOrType");
		return declared(kind, relationship, List.of(labelOrType), properties);
	}

	/** What the models declare on several labels or types (a full-text index). */
	public static SchemaElement declared(Kind kind, boolean relationship, List<String> labelsOrTypes,
			List<String> properties) {
		return new SchemaElement(kind, relationship, labelsOrTypes, properties, null, null, null);
	}

	/**
	 * The labels or types joined by {@code |}, as Cypher writes several
	 * ({@code Author|Book}).
	 */
	public String labelOrType() {
		return String.join("|", labelsOrTypes);
	}

	/** This element without its database name, as the models would declare it. */
	public SchemaElement unnamed() {
		return kind == Kind.OTHER ? this
				: new SchemaElement(kind, relationship, labelsOrTypes, properties, propertyType, null, definition);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SchemaElement that && kind == that.kind && relationship == that.relationship
				&& labelsOrTypes.equals(that.labelsOrTypes) && properties.equals(that.properties)
				&& Objects.equals(propertyType, that.propertyType)
				&& (kind != Kind.OTHER || Objects.equals(name, that.name) && definition.equals(that.definition));
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, relationship, labelsOrTypes, properties, propertyType,
				kind == Kind.OTHER ? name : null, definition);
	}

	/**
	 * E.g. {@code unique constraint on :Person(name)},
	 * {@code range index on [:RATED](stars)},
	 * {@code fulltext index on :Author|Book(name) named ft},
	 * {@code property type constraint on :Person(age :: INTEGER)},
	 * {@code token lookup index on nodes named index_343aff4e}.
	 */
	public String describe() {
		String text;
		if (kind == Kind.OTHER) {
			text = "index or constraint Crochet cannot interpret: " + definition;
		}
		else if (kind == Kind.LOOKUP_INDEX) {
			text = kind.words() + " on " + (relationship ? "relationships" : "nodes");
		}
		else {
			String tokens = labelOrType();
			String target = relationship ? "[:" + tokens + "]" : ":" + tokens;
			String columns = String.join(", ", properties) + (propertyType == null ? "" : " :: " + propertyType);
			text = kind.words() + " on " + target + "(" + columns + ")";
		}
		return name == null ? text : text + " named " + name;
	}

	@Override
	public String toString() {
		return describe();
	}
}
