package dev.crochet;

/**
 * Hears about long work as it happens (the CLI draws a progress bar from it). Every
 * method has an empty default, so a listener implements only what it shows.
 */
public interface ProgressListener {

	ProgressListener NONE = new ProgressListener() {
	};

	/** A revision is about to run; {@code index} counts from 1 up to {@code total}. */
	default void revisionStarted(String revision, Direction direction, int index, int total) {
	}

	/** A statement is about to run. */
	default void statementStarted(String revision, String cypher) {
	}

	/**
	 * Rows were written into a batch; {@code total} is the running total for that batch.
	 */
	default void rowsWritten(String batchId, long total) {
	}

	default void revisionFinished(String revision, Direction direction, long durationMillis) {
	}

	/**
	 * The run found a step left in flight by a run that died, and recovered it (see the
	 * RECOVERY event).
	 */
	default void recovered(String summary) {
	}

}
