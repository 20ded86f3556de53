package dev.crochet.roundtrip;

/**
 * How long the steps of one revision's round trip took, in milliseconds, each including
 * the lock and ledger work around it; a step that threw counts until it did;
 * {@value #NOT_RUN} for a step that did not run (a revision not downgraded, a step after
 * a failure). For a {@link RoundTripMode#FULL} verdict the steps are the passes over the
 * range.
 *
 * @param upMillis the first upgrade
 * @param downMillis the downgrade
 * @param reUpMillis the second upgrade
 */
public record RevisionTimings(long upMillis, long downMillis, long reUpMillis) {

	/** The value of a step that did not run. */
	public static final long NOT_RUN = -1;

	/**
	 * Nothing measured: a verdict built without timings, or a revision that was not run.
	 */
	public static final RevisionTimings NONE = new RevisionTimings(NOT_RUN, NOT_RUN, NOT_RUN);

}
