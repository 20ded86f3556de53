package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * Drops the point index {@link AddPointIndex} created. It carries the whole definition,
 * so that its inverse creates the same index again.
 *
 * <pre>{@code
 * new DropPointIndex(SchemaNames.pointIndex("Movie", "title"), false, "Movie", "title").statements()
 * // DROP INDEX `crochet_point_Movie_title_...` IF EXISTS
 * }</pre>
 */
public record DropPointIndex(String name, boolean relationship, String labelOrType,
		String property) implements Operation {

	public DropPointIndex {
		SearchIndexes.requireName(name);
		SearchIndexes.requireOwner(relationship, labelOrType);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	@Override
	public List<Statement> statements() {
		return List.of(SearchIndexes.drop(name));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new AddPointIndex(name, relationship, labelOrType, property));
	}

	@Override
	public String describe() {
		return "drop point index " + name + " on " + SearchIndexes.on(relationship, labelOrType, List.of(property));
	}
}
