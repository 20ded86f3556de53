package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * A text index on one property of {@code label} nodes or {@code type} relationships,
 * under the given name or, from the two-argument {@code MigrationContext} methods, under
 * {@link SchemaNames#textIndex}.
 *
 * <pre>{@code
 * new AddTextIndex(SchemaNames.textIndex("Movie", "title"), false, "Movie", "title").statements()
 * // CREATE TEXT INDEX `crochet_text_Movie_title_...` IF NOT EXISTS FOR (n:`Movie`) ON (n.`title`)
 * }</pre>
 */
public record AddTextIndex(String name, boolean relationship, String labelOrType,
		String property) implements Operation {

	public AddTextIndex {
		SearchIndexes.requireName(name);
		SearchIndexes.requireOwner(relationship, labelOrType);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The name Crochet gives the index when the caller names none. */
	public static String generatedName(boolean relationship, String labelOrType, String property) {
		return relationship ? SchemaNames.relationshipTextIndex(labelOrType, property)
				: SchemaNames.textIndex(labelOrType, property);
	}

	@Override
	public List<Statement> statements() {
		return List.of(SearchIndexes.create("TEXT", name, relationship, labelOrType,
				"(" + SearchIndexes.column(relationship, property) + ")", ""));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropTextIndex(name, relationship, labelOrType, property));
	}

	@Override
	public String describe() {
		return "add text index " + name + " on " + SearchIndexes.on(relationship, labelOrType, List.of(property));
	}
}
