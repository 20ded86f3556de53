package dev.crochet.live;

import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.CompositeIndexSchema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The constraints and indexes of a database (from {@code SHOW CONSTRAINTS} / {@code SHOW INDEXES},
 * without indexes owned by constraints and Crochet's internal ones), or those a schema snapshot
 * declares. Two values compare by {@link SchemaElement} equality, names ignored.
 *
 * <pre>{@code
 * LiveSchema live = crochet.liveSchema();
 * LiveSchema declared = LiveSchema.declaredBy(crochet.modelSchema(), false);
 * List<SchemaElement> missing = live.missing(declared);
 * }</pre>
 */
public record LiveSchema(List<SchemaElement> elements) {

	private static final Comparator<SchemaElement> ORDER = Comparator
		.comparing((SchemaElement e) -> e.relationship())
		.thenComparing(SchemaElement::labelOrType)
		.thenComparing(e -> String.join(",", e.properties()))
		.thenComparing(SchemaElement::kind)
		.thenComparing(SchemaElement::name, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(SchemaElement::definition, Comparator.nullsFirst(Comparator.naturalOrder()));

	public LiveSchema {
		List<SchemaElement> sorted = new ArrayList<>(new LinkedHashSet<>(elements));
		sorted.sort(ORDER);
		elements = List.copyOf(sorted);
	}

	public boolean contains(SchemaElement element) {
		return elements.contains(element);
	}

	public boolean isEmpty() {
		return elements.isEmpty();
	}

	/**
	 * This schema without its token lookup indexes: every database has them by default and no model
	 * declares them, so they are part of a fingerprint but not of what a project is checked against.
	 */
	public LiveSchema withoutTokenLookups() {
		return new LiveSchema(elements.stream().filter(e -> e.kind() != SchemaElement.Kind.LOOKUP_INDEX).toList());
	}

	/** Elements of {@code expected} that this schema lacks. */
	public List<SchemaElement> missing(LiveSchema expected) {
		return expected.elements.stream().filter(e -> !contains(e)).toList();
	}

	/** Elements of this schema that {@code expected} does not declare. */
	public List<SchemaElement> unexpected(LiveSchema expected) {
		return elements.stream().filter(e -> !expected.contains(e)).toList();
	}

	/**
	 * What the models declare: a unique constraint per unique property, a range index per indexed
	 * (non-unique) property and per composite index, relationship property indexes, and, on
	 * Enterprise edition only, an existence constraint per required property.
	 */
	public static LiveSchema declaredBy(SchemaSnapshot snapshot, boolean enterprise) {
		// Also the full-text, vector, text and point indexes of Crochet's annotations (@FulltextIndex, ...).
		java.util.function.Function<dev.crochet.ir.SearchIndexSchema, SchemaElement.Kind> searchIndexKind = index -> switch (index.kind()) {
			case FULLTEXT -> SchemaElement.Kind.FULLTEXT_INDEX;
			case VECTOR -> SchemaElement.Kind.VECTOR_INDEX;
			case TEXT -> SchemaElement.Kind.TEXT_INDEX;
			case POINT -> SchemaElement.Kind.POINT_INDEX;
		};
		Set<SchemaElement> elements = new LinkedHashSet<>();
		for (NodeSchema node : snapshot.nodes()) {
			declare(elements, false, node.primaryLabel(), node.properties(), enterprise);
			for (CompositeIndexSchema index : node.compositeIndexes()) {
				elements.add(SchemaElement.declared(index.unique() ? SchemaElement.Kind.UNIQUE_CONSTRAINT
						: SchemaElement.Kind.RANGE_INDEX, false, node.primaryLabel(), index.properties()));
			}
			node.searchIndexes().forEach(index -> elements.add(SchemaElement.declared(searchIndexKind.apply(index), false,
					node.primaryLabel(), index.properties())));
		}
		for (RelationshipEntitySchema rel : snapshot.relationships()) {
			declare(elements, true, rel.type(), rel.properties(), enterprise);
			rel.searchIndexes().forEach(index -> elements.add(SchemaElement.declared(searchIndexKind.apply(index), true,
					rel.type(), index.properties())));
		}
		return new LiveSchema(new ArrayList<>(elements));
	}

	private static void declare(Set<SchemaElement> elements, boolean relationship, String labelOrType,
			List<PropertySchema> properties, boolean enterprise) {
		for (PropertySchema property : properties) {
			List<String> one = List.of(property.name());
			if (property.unique()) {
				elements.add(SchemaElement.declared(SchemaElement.Kind.UNIQUE_CONSTRAINT, relationship, labelOrType, one));
			}
			else if (property.indexed()) {
				elements.add(SchemaElement.declared(SchemaElement.Kind.RANGE_INDEX, relationship, labelOrType, one));
			}
			if (property.required() && enterprise) {
				elements.add(SchemaElement.declared(SchemaElement.Kind.EXISTENCE_CONSTRAINT, relationship, labelOrType, one));
			}
		}
	}
}
