package dev.crochet.engine;

import dev.crochet.cypher.SchemaNames;

import java.util.List;

/**
 * Crochet's own marks in the graph. They are excluded from every fingerprint and drift
 * check, so a user's graph compares equal whether or not Crochet has touched it.
 */
final class Internal {

	/**
	 * What every label of Crochet's own starts with; such nodes are never the user's
	 * data.
	 */
	static final String LABEL_PREFIX = "_Crochet";

	/** Node holding the head mirror (revision and schema hash) and the migration lock. */
	static final String STATE_LABEL = "_CrochetState";

	/**
	 * Written first when the lock is taken, so the holder is read under the node's write
	 * lock.
	 */
	static final String LATCH_PROPERTY = "_crochetLatch";

	/** Property tagging entities created in a tracked batch. */
	static final String BATCH_PROPERTY = SchemaNames.BATCH_PROPERTY;

	/** The unique constraint that keeps the mirror (and so the lock) one node. */
	static final String STATE_CONSTRAINT = "crochet_internal_state";

	private Internal() {
	}

	static boolean isInternalLabel(String label) {
		return label.startsWith(LABEL_PREFIX);
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
