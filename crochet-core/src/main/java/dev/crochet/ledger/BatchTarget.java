package dev.crochet.ledger;

import java.util.Objects;

/**
 * A label or relationship type whose entities a batch tags. Recorded before the batch
 * writes there, so a batch can be counted and deleted through its batch indexes even
 * after a crash.
 */
public record BatchTarget(Kind kind, String name) {

	/** What the name names. */
	public enum Kind {

		NODE, RELATIONSHIP

	}

	public BatchTarget {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
	}

	public static BatchTarget node(String label) {
		return new BatchTarget(Kind.NODE, label);
	}

	public static BatchTarget relationship(String type) {
		return new BatchTarget(Kind.RELATIONSHIP, type);
	}
}
