package dev.crochet.ir;

import java.util.Comparator;
import java.util.List;

/**
 * The one defined order of everything in a snapshot, so that equal contracts give equal
 * JSON however the classes were declared: nodes and relationship entities by kgid, labels
 * alphabetically, properties by graph name, composite indexes by their property lists
 * (each list keeps its declaration order, which matters to Neo4j), relationships by type,
 * direction and target, search indexes by name (unnamed ones first), kind and properties.
 */
final class SchemaOrder {

	static final Comparator<PropertySchema> PROPERTIES = Comparator.comparing(PropertySchema::name)
		.thenComparing(PropertySchema::type);

	static final Comparator<CompositeIndexSchema> COMPOSITE_INDEXES = Comparator
		.comparing(CompositeIndexSchema::properties, SchemaOrder::compareLists)
		.thenComparing(CompositeIndexSchema::unique);

	static final Comparator<SearchIndexSchema> SEARCH_INDEXES = SearchIndexSchema.ORDER;

	static final Comparator<RelationshipSchema> RELATIONSHIPS = Comparator.comparing(RelationshipSchema::type)
		.thenComparing(RelationshipSchema::direction)
		.thenComparing(RelationshipSchema::targetKgid);

	private SchemaOrder() {
	}

	static SchemaSnapshot sorted(SchemaSnapshot snapshot) {
		List<NodeSchema> nodes = snapshot.nodes()
			.stream()
			.map(SchemaOrder::sorted)
			.sorted(Comparator.comparing(NodeSchema::kgid))
			.toList();
		List<RelationshipEntitySchema> relationships = snapshot.relationships()
			.stream()
			.map(r -> new RelationshipEntitySchema(r.kgid(), r.type(), r.startKgid(), r.endKgid(),
					r.properties().stream().sorted(PROPERTIES).toList(),
					r.searchIndexes().stream().sorted(SEARCH_INDEXES).distinct().toList()))
			.sorted(Comparator.comparing(RelationshipEntitySchema::kgid))
			.toList();
		return new SchemaSnapshot(nodes, relationships, snapshot.renames());
	}

	private static NodeSchema sorted(NodeSchema node) {
		return new NodeSchema(node.kgid(), node.primaryLabel(), node.labels().stream().sorted().distinct().toList(),
				node.properties().stream().sorted(PROPERTIES).toList(),
				node.compositeIndexes().stream().sorted(COMPOSITE_INDEXES).distinct().toList(),
				node.relationships().stream().sorted(RELATIONSHIPS).distinct().toList(),
				node.searchIndexes().stream().sorted(SEARCH_INDEXES).distinct().toList());
	}

	static int compareLists(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
