package dev.crochet.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * An entry of the append-only event log.
 *
 * @param sequence assigned by the ledger (0 when not yet appended)
 * @param kind {@code UPGRADE}, {@code DOWNGRADE}, {@code FAILURE}, {@code LOCK}, ...
 * @param revision null for events not about one revision
 * @param outcome {@code OK}, {@code FAILED}, ...
 * @param detail free text (error message, failing statement); never a password
 */
public record LedgerEvent(long sequence, Instant at, String kind, String revision, String outcome, String detail) {

	public LedgerEvent {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(outcome, "outcome");
	}

	public static LedgerEvent of(String kind, String revision, String outcome, String detail) {
		return new LedgerEvent(0, Instant.now(), kind, revision, outcome, detail);
	}
}
