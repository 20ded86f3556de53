package dev.crochet.engine;

import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.Ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's applied revisions as one engine call read them, once, and then as the
 * call's own records changed them. Reading the list once and passing it down replaces a
 * read per question (head before, head after recovery, is the target applied, what is
 * pending, head after, head to mirror): within a call the ledger's lock is held, so only
 * the call itself changes the list.
 *
 * <pre>{@code
 * AppliedRevisions applied = AppliedRevisions.read(ledger);
 * List<ResolvedMigration> pending = chain.pending(applied.headRevision(), target);
 * }</pre>
 *
 * @param list in the order they were applied
 */
record AppliedRevisions(List<AppliedMigration> list) {

	AppliedRevisions {
		list = List.copyOf(list);
	}

	static AppliedRevisions read(Ledger ledger) {
		return new AppliedRevisions(ledger.applied());
	}

	Optional<AppliedMigration> head() {
		return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
	}

	/** The head's revision, or null when nothing is applied. */
	String headRevision() {
		return head().map(AppliedMigration::revision).orElse(null);
	}

	Optional<AppliedMigration> get(String revision) {
		return list.stream().filter(a -> a.revision().equals(revision)).findFirst();
	}

	boolean contains(String revision) {
		return indexOf(revision) >= 0;
	}

	/** Position in application order (0 = first applied), or -1 when not applied. */
	int indexOf(String revision) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).revision().equals(revision)) {
				return i;
			}
		}
		return -1;
	}

	/** After the ledger recorded {@code migration}'s upgrade. */
	AppliedRevisions plus(AppliedMigration migration) {
		List<AppliedMigration> more = new ArrayList<>(list);
		more.add(migration);
		return new AppliedRevisions(more);
	}

	/** After the ledger recorded {@code revision}'s downgrade. */
	AppliedRevisions minus(String revision) {
		return new AppliedRevisions(list.stream().filter(a -> !a.revision().equals(revision)).toList());
	}
}
