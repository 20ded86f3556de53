package dev.crochet.bench;

import dev.crochet.Direction;
import dev.crochet.ProgressListener;

/**
 * Adds up the wall-clock time Crochet spends inside its revisions (each revision's
 * statements and its ledger record), so a call's time splits into per-revision work and
 * the fixed cost of the call (locks, head mirror, checks).
 */
final class RevisionClock implements ProgressListener {

	private long started;

	private long inside;

	@Override
	public void revisionStarted(String revision, Direction direction, int index, int total) {
		started = System.nanoTime();
	}

	@Override
	public void revisionFinished(String revision, Direction direction, long durationMillis) {
		inside += System.nanoTime() - started;
	}

	/** Seconds inside revisions since the last call, and starts counting again. */
	double takeSeconds() {
		double seconds = inside / 1e9;
		inside = 0;
		return seconds;
	}

}
