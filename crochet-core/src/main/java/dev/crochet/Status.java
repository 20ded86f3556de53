package dev.crochet;

import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.RunLock;
import dev.crochet.ledger.StepIntent;

import java.util.List;
import java.util.Optional;

/**
 * Applied and pending revisions, head, batches and drift, and what tells whether the data
 * can be trusted: each batch counted in the graph, the run lock and its holder, and a
 * step left in flight by a run that died.
 *
 * @param head the ledger's head, or null
 * @param revisions chain order, then revisions missing from the chain
 * @param drift null when no models are configured
 * @param batchCounts each batch beside the entities its tag finds in the graph
 * @param lock the ledger's run lock, or null when free
 * @param graphLockHolder the holder of the graph's migration lock, or null when free
 * @param interrupted the step a run that died was taking, or null (the next run recovers
 * it)
 * @param lastRecovery the most recent RECOVERY event, or null
 * @param dataProblems what makes the data untrustworthy right now, in verify's words: an
 * interrupted step, a held lock, a batch whose count disagrees or that is still open
 */
public record Status(String head, List<RevisionState> revisions, List<BatchRecord> batches, Drift drift,
		List<BatchCount> batchCounts, RunLock lock, String graphLockHolder, StepIntent interrupted,
		LedgerEvent lastRecovery, List<String> dataProblems) {

	public Status {
		revisions = List.copyOf(revisions);
		batches = List.copyOf(batches);
		batchCounts = List.copyOf(batchCounts);
		dataProblems = List.copyOf(dataProblems);
	}

	/** Without the data checks: nothing counted, no lock, nothing in flight. */
	public Status(String head, List<RevisionState> revisions, List<BatchRecord> batches, Drift drift) {
		this(head, revisions, batches, drift, List.of(), null, null, null, null, List.of());
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
