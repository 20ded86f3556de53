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
 */
public record StepIntent(String revision, String direction, int step, int steps, String operation, String batchId,
		String owner, Instant startedAt, Instant updatedAt) {

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
		Instant now = Instant.now();
		return new StepIntent(revision, direction, 0, steps, null, null, owner, now, now);
	}

	/** This revision's intent moved on to {@code step}. */
	public StepIntent at(int step, String operation, String batchId) {
		return new StepIntent(revision, direction, step, steps, operation, batchId, owner, startedAt, Instant.now());
	}

	public boolean upgrade() {
		return direction.equals("UPGRADE");
	}

	/**
	 * For messages:
	 * {@code upgrade of 0002_ingest at step 2 of 3 (create Reading nodes in batch readings)}.
	 */
	public String describe() {
		return (upgrade() ? "upgrade" : "downgrade") + " of " + revision + " at step " + (step + 1) + " of " + steps
				+ (operation == null ? "" : " (" + operation + ")");
	}
}
