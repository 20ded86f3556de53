package dev.crochet.cypher;

/**
 * Turns labels, relationship types and property names into Cypher identifiers that mean
 * exactly that name, whatever characters it holds.
 *
 * <pre>{@code
 * CypherNames.escape("Person", "label")          // `Person`
 * CypherNames.escape("Per`son", "label")         // `Per``son`
 * CypherNames.escape("", "label")                // InvalidNameException: Invalid label '': must not be empty
 * }</pre>
 *
 * Every name is backtick-quoted and inner backticks are doubled. Cypher 5 also decodes
 * {@code \}{@code uXXXX} escapes inside backtick identifiers before it tokenises them, so
 * a name holding the six characters {@code \}{@code u0060} would otherwise close the
 * identifier (an injection) and {@code \}{@code u0041} would become {@code A}; a name
 * with a backslash therefore has every backslash written as the escape
 * {@code \}{@code u005C}, which the server decodes back to one backslash and never
 * re-reads as the start of another escape. Names Neo4j cannot store are rejected: null,
 * empty or blank names, names with the NUL character, and names with unpaired surrogates
 * (which Neo4j would silently turn into {@code ?}).
 *
 * <p>
 * The {@code neo4j-cypher-dsl-schema-name-support} library was considered and not used:
 * it reads its input as Cypher text and decodes {@code \}{@code uXXXX} sequences in it,
 * so a name containing them would not be stored literally.
 */
public final class CypherNames {

	private static final String ENCODED_BACKSLASH = "\\u005C";

	private CypherNames() {
	}

	/**
	 * The quoted identifier for {@code name}.
	 * @param what what the name is, for the error message: {@code "label"},
	 * {@code "property"}, ...
	 * @throws InvalidNameException when Neo4j cannot store the name; the message names it
	 */
	public static String escape(String name, String what) {
		requireValid(name, what);
		StringBuilder quoted = new StringBuilder(name.length() + 2).append('`');
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '`') {
				quoted.append("``");
			}
			else if (c == '\\') {
				quoted.append(ENCODED_BACKSLASH);
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('`').toString();
	}

	/**
	 * Returns {@code name} unchanged if Neo4j can store it as a label, type or property
	 * name.
	 * @throws InvalidNameException naming {@code what} and the name otherwise
	 */
	public static String requireValid(String name, String what) {
		if (name == null) {
			throw new InvalidNameException("Invalid " + what + ": must not be null");
		}
		if (name.isEmpty()) {
			throw new InvalidNameException("Invalid " + what + " '': must not be empty");
		}
		if (name.isBlank()) {
			throw new InvalidNameException("Invalid " + what + " " + display(name) + ": must not be blank");
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '\0') {
				throw new InvalidNameException(
						"Invalid " + what + " " + display(name) + ": must not contain the NUL character (U+0000)");
			}
			if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw new InvalidNameException("Invalid " + what + " " + display(name)
						+ ": must not contain an unpaired surrogate (U+" + String.format("%04X", (int) c) + ")");
			}
		}
		return name;
	}

	/**
	 * The name in single quotes for messages, with invisible characters written as
	 * escapes.
	 */
	static String display(String name) {
		StringBuilder shown = new StringBuilder(name.length() + 2).append('\'');
		name.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp) || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
				shown.append(String.format("\\u%04X", cp));
			}
			else {
				shown.appendCodePoint(cp);
			}
		});
		return shown.append('\'').toString();
	}

}
