package dev.crochet.scaffold;

import dev.crochet.cypher.AddCompositeIndex;
import dev.crochet.cypher.AddFulltextIndex;
import dev.crochet.cypher.AddPointIndex;
import dev.crochet.cypher.AddTextIndex;
import dev.crochet.cypher.AddVectorIndex;
import dev.crochet.cypher.DropFulltextIndex;
import dev.crochet.cypher.DropPointIndex;
import dev.crochet.cypher.DropTextIndex;
import dev.crochet.cypher.DropVectorIndex;
import dev.crochet.cypher.AddCompositeUniqueConstraint;
import dev.crochet.cypher.AddExistenceConstraint;
import dev.crochet.cypher.AddIndex;
import dev.crochet.cypher.AddRelationshipIndex;
import dev.crochet.cypher.AddRelationshipUniqueConstraint;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.DropCompositeIndex;
import dev.crochet.cypher.DropCompositeUniqueConstraint;
import dev.crochet.cypher.DropExistenceConstraint;
import dev.crochet.cypher.DropIndex;
import dev.crochet.cypher.DropRelationshipIndex;
import dev.crochet.cypher.DropRelationshipUniqueConstraint;
import dev.crochet.cypher.DropUniqueConstraint;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.SchemaNames;
import dev.crochet.ir.CompositeIndexSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.SearchIndexSchema;

import java.util.ArrayList;
import java.util.List;

/**
 * The constraints and indexes a property or composite index declares, as operation pairs
 * (create, drop). Matches {@link dev.crochet.live.LiveSchema#declaredBy}, so a migrated graph shows
 * no drift: a unique constraint per unique property, else a range index per indexed one, and on
 * Enterprise an existence constraint per required node property; and each search index as declared.
 */
final class SchemaOperations {

	/** An operation and the one that undoes it. */
	record Pair(Operation create, Operation drop) {
	}

	private SchemaOperations() {
	}

	static List<Pair> ofProperty(boolean relationship, String owner, PropertySchema property, boolean enterprise) {
		List<Pair> pairs = new ArrayList<>();
		String name = property.name();
		if (property.unique()) {
			pairs.add(relationship ? relationshipUnique(owner, name)
					: new Pair(new AddUniqueConstraint(owner, name), new DropUniqueConstraint(owner, name)));
		}
		else if (property.indexed()) {
			pairs.add(relationship ? new Pair(new AddRelationshipIndex(owner, name), new DropRelationshipIndex(owner, name))
					: new Pair(new AddIndex(owner, name), new DropIndex(owner, name)));
		}
		if (property.required() && enterprise && !relationship) {
			pairs.add(new Pair(new AddExistenceConstraint(owner, name), new DropExistenceConstraint(owner, name)));
		}
		return pairs;
	}

	static Pair ofComposite(String label, CompositeIndexSchema index) {
		if (!index.unique()) {
			return new Pair(new AddCompositeIndex(label, index.properties()), new DropCompositeIndex(label, index.properties()));
		}
		return new Pair(new AddCompositeUniqueConstraint(label, index.properties()),
				new DropCompositeUniqueConstraint(label, index.properties()));
	}

	/**
	 * A {@code @FulltextIndex}, {@code @VectorIndex}, {@code @TextIndex} or {@code @PointIndex} on
	 * {@code owner}; a text or point index without a name gets the one {@link SchemaNames} gives it.
	 */
	static Pair ofSearchIndex(boolean relationship, String owner, SearchIndexSchema index) {
		String property = index.properties().get(0);
		String name = index.name() != null ? index.name() : switch (index.kind()) {
			case TEXT -> relationship ? SchemaNames.relationshipTextIndex(owner, property) : SchemaNames.textIndex(owner, property);
			case POINT -> relationship ? SchemaNames.relationshipPointIndex(owner, property) : SchemaNames.pointIndex(owner, property);
			default -> throw new IllegalArgumentException("A " + index.kind().display() + " has a name");
		};
		return switch (index.kind()) {
			case FULLTEXT -> new Pair(new AddFulltextIndex(name, relationship, owner, index.properties(), index.analyzer()),
					new DropFulltextIndex(name, relationship, owner, index.properties(), index.analyzer()));
			case VECTOR -> new Pair(new AddVectorIndex(name, relationship, owner, property, index.dimensions(), index.similarity()),
					new DropVectorIndex(name, relationship, owner, property, index.dimensions(), index.similarity()));
			case TEXT -> new Pair(new AddTextIndex(name, relationship, owner, property),
					new DropTextIndex(name, relationship, owner, property));
			case POINT -> new Pair(new AddPointIndex(name, relationship, owner, property),
					new DropPointIndex(name, relationship, owner, property));
		};
	}

	private static Pair relationshipUnique(String type, String property) {
		return new Pair(new AddRelationshipUniqueConstraint(type, property), new DropRelationshipUniqueConstraint(type, property));
	}
}
