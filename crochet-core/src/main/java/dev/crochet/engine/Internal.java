package dev.crochet.engine;

import dev.crochet.cypher.SchemaNames;

import java.util.List;

/**
 * Crochet's own marks in the graph. They are excluded from every fingerprint and drift check, so a
 * user's graph compares equal whether or not Crochet has touched it.
 */
final class Internal {

	/** Node holding the head mirror (revision and schema hash). */
	static final String STATE_LABEL = "_CrochetState";

	/** Node whose existence is the migration lock. */
	static final String LOCK_LABEL = "_CrochetLock";

	/** Property tagging entities created in a tracked batch. */
	static final String BATCH_PROPERTY = SchemaNames.BATCH_PROPERTY;

	/** Prefix of the unique constraint that makes the lock atomic. */
	static final String LOCK_CONSTRAINT = "crochet_internal_lock";

	private Internal() {
	}

	static boolean isInternalLabel(String label) {
		return label.startsWith("_Crochet");
	}

	static boolean isInternalProperty(String property) {
		return property.startsWith("_crochet");
	}

	static boolean isInternalSchema(String name, List<String> labelsOrTypes, List<String> properties) {
		return (SchemaNames.isInternal(name) || (name != null && name.startsWith("crochet_internal_")))
				|| labelsOrTypes.stream().anyMatch(Internal::isInternalLabel)
				|| properties.stream().anyMatch(Internal::isInternalProperty);
	}
}
