package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * A full-text index on {@code label} nodes or {@code type} relationships, under the given
 * name.
 *
 * <pre>{@code
 * new AddFulltextIndex("movie_titles", false, "Movie", List.of("title", "tagline"), null).statements()
 * // CREATE FULLTEXT INDEX `movie_titles` IF NOT EXISTS FOR (n:`Movie`) ON EACH [n.`title`, n.`tagline`]
 * }</pre>
 *
 * @param relationship whether {@code labelOrType} is a relationship type (else a node
 * label)
 * @param analyzer the Lucene analyzer, or null for Neo4j's default
 */
public record AddFulltextIndex(String name, boolean relationship, String labelOrType, List<String> properties,
		String analyzer) implements Operation {

	public AddFulltextIndex {
		SearchIndexes.requireName(name);
		SearchIndexes.requireOwner(relationship, labelOrType);
		properties = Fragments.properties(properties, "full-text index", "index " + CypherNames.display(name));
		SearchIndexes.requireAnalyzer(analyzer);
	}

	@Override
	public List<Statement> statements() {
		String options = analyzer == null ? "" : " OPTIONS {indexConfig: {`fulltext.analyzer`: '" + analyzer + "'}}";
		return List.of(SearchIndexes.create("FULLTEXT", name, relationship, labelOrType,
				"EACH " + SearchIndexes.columns(relationship, properties), options));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropFulltextIndex(name, relationship, labelOrType, properties, analyzer));
	}

	@Override
	public String describe() {
		return "add " + text(name, relationship, labelOrType, properties, analyzer);
	}

	static String text(String name, boolean relationship, String labelOrType, List<String> properties,
			String analyzer) {
		return "fulltext index " + name + " on " + SearchIndexes.on(relationship, labelOrType, properties)
				+ (analyzer == null ? "" : " with analyzer " + analyzer);
	}
}
