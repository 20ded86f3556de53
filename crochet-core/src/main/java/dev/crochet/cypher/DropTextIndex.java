package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * Drops the text index {@link AddTextIndex} created. It carries the whole definition, so
 * that its inverse creates the same index again.
 *
 * <pre>{@code
 * new DropTextIndex(SchemaNames.textIndex("Movie", "title"), false, "Movie", "title").statements()
 * // DROP INDEX `crochet_text_Movie_title_...` IF EXISTS
 * }</pre>
 */
public record DropTextIndex(String name, boolean relationship, String labelOrType,
		String property) implements Operation {

	public DropTextIndex {
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
		return Optional.of(new AddTextIndex(name, relationship, labelOrType, property));
	}

	@Override
	public String describe() {
		return "drop text index " + name + " on " + SearchIndexes.on(relationship, labelOrType, List.of(property));
	}
}
