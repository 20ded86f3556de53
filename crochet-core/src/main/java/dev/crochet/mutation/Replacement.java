package dev.crochet.mutation;

import dev.crochet.cypher.Operation;

/**
 * A wrong operation to run in place of a downgrade's own, and how to name it in the
 * report.
 */
record Replacement(Operation operation, String description) {

	static Replacement of(Operation operation) {
		return new Replacement(operation, operation.describe());
	}
}
