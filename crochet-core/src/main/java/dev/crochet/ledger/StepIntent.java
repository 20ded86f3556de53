package dev.crochet.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * The step a run is about to take, journaled in the ledger before it touches the graph: a
 * run that dies leaves this behind, and the next run reads it to decide what to clean up
 * or finish.
 *
 * @param direction {@code UPGRADE} or {@code DOWNGRADE}
 * @param step index of the operation about to run (0-based); operations before it
 * completed. Schema steps that follow it are not journaled one by one (their
 * {@code IF [NOT]
 *                  EXISTS} makes them safe to run again), so the run may have died a few
 * such steps later
 * @param steps how many operations the revision declares in this direction
 * @param operation what the step does, for messages ({@code null} before the first)
 * @param batchId the batch the step writes to or deletes, or {@code null}
 * @param owner the run that journaled it (the lock owner: {@code <pid>@<host>/...})
 * @param undoing whether the run had failed and was undoing the revision when it stopped:
 * the next run then finishes the undo instead of finishing the revision
 * @param checksum the checksum of the migration being run, or {@code null}: a run that
 * finishes an interrupted revision refuses one that changed since
 */
public record StepIntent(String revision, String direction, int step, int steps, String operation, String batchId,
		String owner, Instant startedAt, Instant updatedAt, boolean undoing, String checksum) {

	public StepIntent {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(updatedAt, "updatedAt");
		if (!direction.equals("UPGRADE") && !direction.equals("DOWNGRADE")) {
			throw new IllegalArgumentException("direction must be UPGRADE or DOWNGRADE, not " + direction);
		}
	}

	/** The intent of a revision about to start. */
	public static StepIntent starting(String revision, String direction, int steps, String owner) {
		return starting(revision, direction, steps, owner, null);
	}

	/** The intent of a revision about to start, with the checksum of its migration. */
	public static StepIntent starting(String revision, String direction, int steps, String owner, String checksum) {
		Instant now = Instant.now();
		return new StepIntent(revision, direction, 0, steps, null, null, owner, now, now, false, checksum);
	}

	/** This revision's intent moved on to {@code step}. */
	public StepIntent at(int step, String operation, String batchId) {
		return new StepIntent(revision, direction, step, steps, operation, batchId, owner, startedAt, Instant.now(),
				undoing, checksum);
	}

	/** This intent, the run having failed and begun to undo what it did. */
	public StepIntent toUndo() {
		return new StepIntent(revision, direction, step, steps, operation, batchId, owner, startedAt, Instant.now(),
				true, checksum);
	}

	/**
	 * What identifies this run of the revision, the same when read back from the ledger:
	 * the key of the progress Crochet marks in the graph as the run's steps commit.
	 */
	public String runKey() {
		return revision + "|" + direction + "|" + owner + "|" + startedAt;
	}

	public boolean upgrade() {
		return direction.equals("UPGRADE");
	}

	/**
	 * For messages:
	 * {@code upgrade of 0002_ingest at step 2 of 3 (create Reading nodes in batch readings)}.
	 */
	public String describe() {
		return (undoing ? "undo of the failed " : "") + (upgrade() ? "upgrade" : "downgrade") + " of " + revision
				+ " at step " + (step + 1) + " of " + steps + (operation == null ? "" : " (" + operation + ")");
	}
}
