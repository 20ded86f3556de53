package dev.crochet.live;

import java.util.Objects;

/**
 * A constraint or index in the graph that the models do not declare, left out of drift
 * because its name matches an ignore pattern ({@link SchemaIgnore}). Reports still list
 * it.
 *
 * @param element what is in the graph
 * @param pattern the pattern its name matched
 */
public record IgnoredElement(SchemaElement element, String pattern) {

	public IgnoredElement {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(pattern, "pattern");
	}

	/**
	 * E.g.
	 * {@code Ignored (matches 'bloom_*'): fulltext index on :Book(title) named bloom_title}.
	 */
	public String describe() {
		return "Ignored (matches '" + pattern + "'): " + element.describe();
	}

	@Override
	public String toString() {
		return describe();
	}
}
