package dev.crochet;

import java.util.Objects;

/**
 * How {@link MigrationContext#createRelationships} finds one end of each relationship:
 * nodes with {@code label} whose {@code property} equals the row's value.
 *
 * <pre>{@code
 * ctx.createRelationships("ACTED_IN", NodeMatch.of("Person", "name"), NodeMatch.of("Movie", "title"), rows);
 * }</pre>
 */
public record NodeMatch(String label, String property) {

	public NodeMatch {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(property, "property");
	}

	public static NodeMatch of(String label, String property) {
		return new NodeMatch(label, property);
	}
}
