package dev.crochet;

import java.time.Instant;

/**
 * One revision as {@code status} sees it.
 *
 * @param appliedAt null unless applied
 */
public record RevisionState(String revision, String description, State state, boolean rollbackSafe, Instant appliedAt) {

	/** Where a revision stands. */
	public enum State {

		/** In the chain and in the ledger. */
		APPLIED,
		/** In the chain, not yet applied. */
		PENDING,
		/** In the ledger but no longer among the migrations. */
		MISSING

	}
}
