package dev.crochet.cypher;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cypher and checks shared by the full-text, vector, text and point index operations.
 * Their names are chosen by the user (or generated for text and point indexes), so unlike
 * Crochet's own {@code crochet_...} names they are always escaped.
 */
final class SearchIndexes {

	static final String NAME = "index name";

	/**
	 * OPTIONS takes no parameters, so an analyzer is written as a literal: only plain
	 * names pass.
	 */
	private static final Pattern ANALYZER = Pattern.compile("[A-Za-z0-9_.-]+");

	private SearchIndexes() {
	}

	static String requireName(String name) {
		return CypherNames.requireValid(name, NAME);
	}

	static String requireOwner(boolean relationship, String labelOrType) {
		return CypherNames.requireValid(labelOrType, relationship ? Fragments.TYPE : Fragments.LABEL);
	}

	static String requireAnalyzer(String analyzer) {
		if (analyzer != null && !ANALYZER.matcher(analyzer).matches()) {
			throw new InvalidOperationException("Invalid full-text analyzer " + CypherNames.display(analyzer)
					+ ": letters, digits, '-', '_' and '.' only");
		}
		return analyzer;
	}

	/**
	 * {@code CREATE <KIND> INDEX `name` IF NOT EXISTS FOR (n:`Label`) ON <on><options>}.
	 */
	static Statement create(String kind, String name, boolean relationship, String labelOrType, String on,
			String options) {
		String pattern = relationship ? "()-[r:" + Fragments.type(labelOrType) + "]-()"
				: "(n:" + Fragments.label(labelOrType) + ")";
		return Statement.schema("CREATE " + kind + " INDEX " + CypherNames.escape(name, NAME) + " IF NOT EXISTS FOR "
				+ pattern + " ON " + on + options);
	}

	static Statement drop(String name) {
		return Statement.schema("DROP INDEX " + CypherNames.escape(name, NAME) + " IF EXISTS");
	}

	/** {@code n.`title`} or {@code r.`title`}. */
	static String column(boolean relationship, String property) {
		return (relationship ? "r." : "n.") + Fragments.property(property);
	}

	static String columns(boolean relationship, List<String> properties) {
		return properties.stream().map(p -> column(relationship, p)).collect(Collectors.joining(", ", "[", "]"));
	}

	/**
	 * How describe() texts name what an index is on: {@code Movie(title)} or
	 * {@code [RATED](summary)}.
	 */
	static String on(boolean relationship, String labelOrType, List<String> properties) {
		return (relationship ? "[" + labelOrType + "]" : labelOrType) + "(" + String.join(", ", properties) + ")";
	}

}
