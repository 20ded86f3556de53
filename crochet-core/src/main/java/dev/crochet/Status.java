package dev.crochet;

import dev.crochet.ledger.BatchRecord;

import java.util.List;
import java.util.Optional;

/**
 * Applied and pending revisions, head, batches and drift.
 *
 * @param head      the ledger's head, or null
 * @param revisions chain order, then revisions missing from the chain
 * @param drift     null when no models are configured
 */
public record Status(String head, List<RevisionState> revisions, List<BatchRecord> batches, Drift drift) {

	public Status {
		revisions = List.copyOf(revisions);
		batches = List.copyOf(batches);
	}

	public Optional<String> headRevision() {
		return Optional.ofNullable(head);
	}

	public List<String> pending() {
		return ids(RevisionState.State.PENDING);
	}

	public List<String> applied() {
		return ids(RevisionState.State.APPLIED);
	}

	public List<String> missing() {
		return ids(RevisionState.State.MISSING);
	}

	private List<String> ids(RevisionState.State state) {
		return revisions.stream().filter(r -> r.state() == state).map(RevisionState::revision).toList();
	}
}
