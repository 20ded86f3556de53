package dev.crochet.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A call (one {@code upgrade} or {@code downgrade}) that began on the graph ledger and
 * never ended: its run died. The graph ledger writes the records of steps that can simply
 * run again (schema steps) together, when the call ends or before the next step that
 * cannot, so a run that dies may have applied some of {@code revisions} without recording
 * them; the next upgrade or downgrade finishes the call, as an uninterrupted run would
 * have, before it does anything else.
 *
 * @param direction {@code UPGRADE} or {@code DOWNGRADE}
 * @param revisions what the call was to run, in its order
 * @param owner the run that began it
 */
public record UnfinishedCall(String direction, List<String> revisions, String owner, Instant startedAt) {

	public UnfinishedCall {
		Objects.requireNonNull(direction, "direction");
		revisions = List.copyOf(revisions);
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(startedAt, "startedAt");
	}

	/**
	 * For status and verify:
	 * {@code upgrade of 0003_a, 0004_b (run 4711@host/main/1a2b, ...)}.
	 */
	public String describe() {
		return direction.toLowerCase(java.util.Locale.ROOT) + " of " + String.join(", ", revisions) + " (run " + owner
				+ ", " + startedAt + ")";
	}

}
