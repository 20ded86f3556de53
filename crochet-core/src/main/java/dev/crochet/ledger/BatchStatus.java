package dev.crochet.ledger;

/** Lifecycle of a data batch. */
public enum BatchStatus {

	/** Begun by a migration that has not finished yet. */
	OPEN,
	/** Its migration was applied. */
	COMMITTED,
	/** Its data was deleted (failed migration, or downgrade). */
	DELETED

}
