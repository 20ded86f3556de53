package dev.crochet.roundtrip;

/** How thoroughly a round trip exercises the downgrades. */
public enum RoundTripMode {

	/** Upgrade only. */
	NONE,
	/** Up all, down all, up all: empty after the down, identical after the second up. */
	FULL,
	/**
	 * For each revision: up, down, up; the down must leave no trace and the second up
	 * must reproduce the first.
	 */
	STEPWISE

}
