package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * Drops the full-text index {@link AddFulltextIndex} created. It carries the whole
 * definition, so that its inverse creates the same index again.
 *
 * <pre>{@code
 * new DropFulltextIndex("movie_titles", false, "Movie", List.of("title", "tagline"), null).statements()
 * // DROP INDEX `movie_titles` IF EXISTS
 * }</pre>
 */
public record DropFulltextIndex(String name, boolean relationship, String labelOrType, List<String> properties,
		String analyzer) implements Operation {

	public DropFulltextIndex {
		SearchIndexes.requireName(name);
		SearchIndexes.requireOwner(relationship, labelOrType);
		properties = Fragments.properties(properties, "full-text index", "index " + CypherNames.display(name));
		SearchIndexes.requireAnalyzer(analyzer);
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
		return Optional.of(new AddFulltextIndex(name, relationship, labelOrType, properties, analyzer));
	}

	@Override
	public String describe() {
		return "drop " + AddFulltextIndex.text(name, relationship, labelOrType, properties, analyzer);
	}
}
