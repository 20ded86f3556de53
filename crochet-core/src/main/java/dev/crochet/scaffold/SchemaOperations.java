package dev.crochet.scaffold;

import dev.crochet.cypher.AddCompositeIndex;
import dev.crochet.cypher.AddCompositeUniqueConstraint;
import dev.crochet.cypher.AddExistenceConstraint;
import dev.crochet.cypher.AddFulltextIndex;
import dev.crochet.cypher.AddIndex;
import dev.crochet.cypher.AddPointIndex;
import dev.crochet.cypher.AddRelationshipIndex;
import dev.crochet.cypher.AddRelationshipUniqueConstraint;
import dev.crochet.cypher.AddTextIndex;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.AddVectorIndex;
import dev.crochet.cypher.DropCompositeIndex;
import dev.crochet.cypher.DropCompositeUniqueConstraint;
import dev.crochet.cypher.DropExistenceConstraint;
import dev.crochet.cypher.DropFulltextIndex;
import dev.crochet.cypher.DropIndex;
import dev.crochet.cypher.DropPointIndex;
import dev.crochet.cypher.DropRelationshipIndex;
import dev.crochet.cypher.DropRelationshipUniqueConstraint;
import dev.crochet.cypher.DropTextIndex;
import dev.crochet.cypher.DropUniqueConstraint;
import dev.crochet.cypher.DropVectorIndex;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.SchemaNames;
import dev.crochet.ir.CompositeIndexSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.SearchIndexSchema;
import dev.crochet.live.DeclaredElements;
import dev.crochet.live.SchemaElement;

import java.util.List;

/**
 * The constraints and indexes a property or composite index declares, as operation pairs
 * (create, drop). Which ones is {@link DeclaredElements}' rule, the one drift checks the
 * live schema against, so a migrated graph shows no drift; this class only picks the
 * operations that create and drop each element. Each search index is created and dropped
 * as declared.
 */
final class SchemaOperations {

	/** An operation and the one that undoes it. */
	record Pair(Operation create, Operation drop) {
	}

	private SchemaOperations() {
	}

	static List<Pair> ofProperty(boolean relationship, String owner, PropertySchema property, boolean enterprise) {
		return DeclaredElements.ofProperty(relationship, owner, property, enterprise)
			.stream()
			.map(element -> ofPropertyElement(element, owner, property.name()))
			.toList();
	}

	private static Pair ofPropertyElement(SchemaElement element, String owner, String name) {
		boolean relationship = element.relationship();
		return switch (element.kind()) {
			case UNIQUE_CONSTRAINT -> relationship ? relationshipUnique(owner, name)
					: new Pair(new AddUniqueConstraint(owner, name), new DropUniqueConstraint(owner, name));
			case RANGE_INDEX ->
				relationship ? new Pair(new AddRelationshipIndex(owner, name), new DropRelationshipIndex(owner, name))
						: new Pair(new AddIndex(owner, name), new DropIndex(owner, name));
			case EXISTENCE_CONSTRAINT -> {
				if (relationship) {
					throw new IllegalStateException("No operation creates the declared " + element.describe());
				}
				yield new Pair(new AddExistenceConstraint(owner, name), new DropExistenceConstraint(owner, name));
			}
			default -> throw new IllegalStateException("No operation creates the declared " + element.describe());
		};
	}

	static Pair ofComposite(String label, CompositeIndexSchema index) {
		if (DeclaredElements.ofComposite(label, index).kind() != SchemaElement.Kind.UNIQUE_CONSTRAINT) {
			return new Pair(new AddCompositeIndex(label, index.properties()),
					new DropCompositeIndex(label, index.properties()));
		}
		return new Pair(new AddCompositeUniqueConstraint(label, index.properties()),
				new DropCompositeUniqueConstraint(label, index.properties()));
	}

	/**
	 * A {@code @FulltextIndex}, {@code @VectorIndex}, {@code @TextIndex} or
	 * {@code @PointIndex} on {@code owner}; a text or point index without a name gets the
	 * one {@link SchemaNames} gives it.
	 */
	static Pair ofSearchIndex(boolean relationship, String owner, SearchIndexSchema index) {
		String property = index.properties().get(0);
		String name = index.name() != null ? index.name() : switch (index.kind()) {
			case TEXT -> relationship ? SchemaNames.relationshipTextIndex(owner, property)
					: SchemaNames.textIndex(owner, property);
			case POINT -> relationship ? SchemaNames.relationshipPointIndex(owner, property)
					: SchemaNames.pointIndex(owner, property);
			default -> throw new IllegalArgumentException("A " + index.kind().display() + " has a name");
		};
		return switch (index.kind()) {
			case FULLTEXT ->
				new Pair(new AddFulltextIndex(name, relationship, owner, index.properties(), index.analyzer()),
						new DropFulltextIndex(name, relationship, owner, index.properties(), index.analyzer()));
			case VECTOR -> new Pair(
					new AddVectorIndex(name, relationship, owner, property, index.dimensions(), index.similarity()),
					new DropVectorIndex(name, relationship, owner, property, index.dimensions(), index.similarity()));
			case TEXT -> new Pair(new AddTextIndex(name, relationship, owner, property),
					new DropTextIndex(name, relationship, owner, property));
			case POINT -> new Pair(new AddPointIndex(name, relationship, owner, property),
					new DropPointIndex(name, relationship, owner, property));
		};
	}

	private static Pair relationshipUnique(String type, String property) {
		return new Pair(new AddRelationshipUniqueConstraint(type, property),
				new DropRelationshipUniqueConstraint(type, property));
	}

}
