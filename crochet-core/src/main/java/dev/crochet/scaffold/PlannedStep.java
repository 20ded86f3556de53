package dev.crochet.scaffold;

import dev.crochet.cypher.Operation;

import java.util.Objects;

/**
 * One line of a generated {@code upgrade} or {@code downgrade}: an operation, or a
 * comment that explains a change (the diff, or what a downgrade cannot restore).
 *
 * @param operation null for a comment
 * @param comment null for an operation
 */
public record PlannedStep(Operation operation, String comment) {

	public PlannedStep {
		if ((operation == null) == (comment == null)) {
			throw new IllegalArgumentException("A planned step is either an operation or a comment");
		}
	}

	public static PlannedStep of(Operation operation) {
		return new PlannedStep(Objects.requireNonNull(operation, "operation"), null);
	}

	public static PlannedStep note(String comment) {
		return new PlannedStep(null, Objects.requireNonNull(comment, "comment"));
	}

	public boolean isOperation() {
		return operation != null;
	}
}
