package dev.crochet.live;

import dev.crochet.ir.CompositeIndexSchema;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SearchIndexSchema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one rule for which constraints and indexes the schema IR declares. Drift compares
 * the live schema with it ({@link LiveSchema#declaredBy}) and the migration planner
 * generates the operations that create it, so a graph migrated by generated migrations
 * shows no drift.
 *
 * <pre>{@code
 * List<SchemaElement> elements = DeclaredElements.ofProperty(false, "Person", name, enterprise);
 * // unique constraint on :Person(name), existence constraint on :Person(name) (Enterprise)
 * }</pre>
 */
public final class DeclaredElements {

	private DeclaredElements() {
	}

	/**
	 * Everything {@code snapshot}'s models declare: their properties, composite indexes
	 * and search indexes.
	 */
	public static List<SchemaElement> of(SchemaSnapshot snapshot, boolean enterprise) {
		Set<SchemaElement> elements = new LinkedHashSet<>();
		for (NodeSchema node : snapshot.nodes()) {
			node.properties().forEach(p -> elements.addAll(ofProperty(false, node.primaryLabel(), p, enterprise)));
			node.compositeIndexes().forEach(index -> elements.add(ofComposite(node.primaryLabel(), index)));
			node.searchIndexes().forEach(index -> elements.add(ofSearchIndex(false, node.primaryLabel(), index)));
		}
		for (RelationshipEntitySchema rel : snapshot.relationships()) {
			rel.properties().forEach(p -> elements.addAll(ofProperty(true, rel.type(), p, enterprise)));
			rel.searchIndexes().forEach(index -> elements.add(ofSearchIndex(true, rel.type(), index)));
		}
		return new ArrayList<>(elements);
	}

	/**
	 * What one property of {@code labelOrType} declares: a unique constraint when it is
	 * unique, else a range index when it is indexed; and, on Enterprise edition only, an
	 * existence constraint when it is required on a node. A required relationship
	 * property declares no existence constraint: no operation creates one
	 * ({@code MigrationContext} has them on node properties only), so expecting one would
	 * be drift that no generated migration can clear.
	 */
	public static List<SchemaElement> ofProperty(boolean relationship, String labelOrType, PropertySchema property,
			boolean enterprise) {
		List<SchemaElement> elements = new ArrayList<>();
		List<String> one = List.of(property.name());
		if (property.unique()) {
			elements.add(SchemaElement.declared(SchemaElement.Kind.UNIQUE_CONSTRAINT, relationship, labelOrType, one));
		}
		else if (property.indexed()) {
			elements.add(SchemaElement.declared(SchemaElement.Kind.RANGE_INDEX, relationship, labelOrType, one));
		}
		if (property.required() && enterprise && !relationship) {
			elements
				.add(SchemaElement.declared(SchemaElement.Kind.EXISTENCE_CONSTRAINT, relationship, labelOrType, one));
		}
		return elements;
	}

	/**
	 * A {@code @CompositeIndex} on {@code label}: a unique constraint when unique, else a
	 * range index.
	 */
	public static SchemaElement ofComposite(String label, CompositeIndexSchema index) {
		return SchemaElement.declared(
				index.unique() ? SchemaElement.Kind.UNIQUE_CONSTRAINT : SchemaElement.Kind.RANGE_INDEX, false, label,
				index.properties());
	}

	/**
	 * A {@code @FulltextIndex}, {@code @VectorIndex}, {@code @TextIndex} or
	 * {@code @PointIndex}, as its kind says.
	 */
	public static SchemaElement ofSearchIndex(boolean relationship, String labelOrType, SearchIndexSchema index) {
		SchemaElement.Kind kind = switch (index.kind()) {
			case FULLTEXT -> SchemaElement.Kind.FULLTEXT_INDEX;
			case VECTOR -> SchemaElement.Kind.VECTOR_INDEX;
			case TEXT -> SchemaElement.Kind.TEXT_INDEX;
			case POINT -> SchemaElement.Kind.POINT_INDEX;
		};
		return SchemaElement.declared(kind, relationship, labelOrType, index.properties());
	}

}
