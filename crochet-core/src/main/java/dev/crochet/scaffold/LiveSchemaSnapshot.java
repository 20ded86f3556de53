package dev.crochet.scaffold;

import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.live.DeclaredElements;
import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;

import java.util.List;

/**
 * The schema a migrated database is at, as far as it can tell: its constraints and
 * indexes, on the models' nodes, relationships, properties and types (a database knows no
 * kgids, and no property without a constraint or index). What {@code record-schema
 * --from-database} records when the models may have changed since the head: a constraint
 * or index the models gained since is then left out, so {@code create-migration}
 * generates it.
 */
public final class LiveSchemaSnapshot {

	private LiveSchemaSnapshot() {
	}

	/**
	 * @param enterprise whether the database shows existence constraints (else a
	 * property's required flag is the models')
	 */
	public static SchemaSnapshot of(SchemaSnapshot models, LiveSchema live, boolean enterprise) {
		List<NodeSchema> nodes = models.nodes()
			.stream()
			.map(n -> new NodeSchema(n.kgid(), n.primaryLabel(), n.labels(),
					n.properties().stream().map(p -> property(false, n.primaryLabel(), p, live, enterprise)).toList(),
					n.compositeIndexes()
						.stream()
						.filter(i -> live.contains(DeclaredElements.ofComposite(n.primaryLabel(), i)))
						.toList(),
					n.relationships(),
					n.searchIndexes()
						.stream()
						.filter(i -> live.contains(DeclaredElements.ofSearchIndex(false, n.primaryLabel(), i)))
						.toList()))
			.toList();
		List<RelationshipEntitySchema> relationships = models.relationships()
			.stream()
			.map(r -> new RelationshipEntitySchema(r.kgid(), r.type(), r.startKgid(), r.endKgid(),
					r.properties().stream().map(p -> property(true, r.type(), p, live, enterprise)).toList(),
					r.searchIndexes()
						.stream()
						.filter(i -> live.contains(DeclaredElements.ofSearchIndex(true, r.type(), i)))
						.toList()))
			.toList();
		return new SchemaSnapshot(nodes, relationships);
	}

	private static PropertySchema property(boolean relationship, String owner, PropertySchema property, LiveSchema live,
			boolean enterprise) {
		List<String> one = List.of(property.name());
		boolean unique = live.contains(SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, relationship, owner, one));
		boolean indexed = unique || live.contains(SchemaElement.declared(Kind.RANGE_INDEX, relationship, owner, one));
		boolean required = enterprise && !relationship
				? live.contains(SchemaElement.declared(Kind.EXISTENCE_CONSTRAINT, false, owner, one))
				: property.required();
		return new PropertySchema(property.name(), property.type(), required, unique, indexed);
	}

}
