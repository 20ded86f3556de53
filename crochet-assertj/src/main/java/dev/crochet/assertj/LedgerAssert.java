package dev.crochet.assertj;

import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.LedgerView;
import dev.crochet.migration.MigrationChain;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import static dev.crochet.assertj.ShouldHaveApplied.shouldBeAtBase;
import static dev.crochet.assertj.ShouldHaveApplied.shouldBeAtRevision;
import static dev.crochet.assertj.ShouldHaveApplied.shouldHaveApplied;
import static dev.crochet.assertj.ShouldHaveApplied.shouldHaveAppliedExactly;
import static dev.crochet.assertj.ShouldHaveApplied.shouldHavePending;
import static dev.crochet.assertj.ShouldHaveBatch.shouldHaveBatch;
import static dev.crochet.assertj.ShouldHaveBatch.shouldHaveRecords;
import static dev.crochet.assertj.ShouldHaveBatch.shouldHaveStatus;

/**
 * Assertions on the SQLite ledger: head, applied and pending revisions, batches. Every
 * check reads the ledger when it runs.
 *
 * <pre>{@code
 * assertThat(crochet.ledger())
 *     .isAtRevision("0002_people")
 *     .hasApplied("0001_init", "0002_people")
 *     .hasPending(crochet.chain(), "0003_rename")
 *     .hasBatch("people", BatchStatus.COMMITTED);
 * }</pre>
 */
public class LedgerAssert extends AbstractAssert<LedgerAssert, LedgerView> {

	public LedgerAssert(LedgerView actual) {
		super(actual, LedgerAssert.class);
	}

	/** The most recently applied revision still applied is {@code revision}. */
	public LedgerAssert isAtRevision(String revision) {
		isNotNull();
		String head = actual.head().map(AppliedMigration::revision).orElse(null);
		if (!Objects.equals(head, revision)) {
			throwAssertionError(shouldBeAtRevision(head, revision));
		}
		return myself;
	}

	/** No revision is applied (never upgraded, or downgraded to base). */
	public LedgerAssert isAtBase() {
		isNotNull();
		actual.head().ifPresent(head -> throwAssertionError(shouldBeAtBase(head.revision())));
		return myself;
	}

	/** Each of these revisions is applied; others may be too. */
	public LedgerAssert hasApplied(String... revisions) {
		isNotNull();
		List<String> applied = applied();
		List<String> notApplied = List.of(revisions).stream().filter(r -> !applied.contains(r)).toList();
		if (!notApplied.isEmpty()) {
			throwAssertionError(shouldHaveApplied(List.of(revisions), notApplied, applied));
		}
		return myself;
	}

	/** Exactly these revisions are applied, in this order (oldest first). */
	public LedgerAssert hasAppliedExactly(String... revisions) {
		isNotNull();
		List<String> applied = applied();
		if (!applied.equals(List.of(revisions))) {
			throwAssertionError(shouldHaveAppliedExactly(applied, List.of(revisions)));
		}
		return myself;
	}

	/**
	 * The revisions of {@code chain} the ledger has not applied are exactly
	 * {@code revisions}, in chain order; with none given, nothing is pending.
	 */
	public LedgerAssert hasPending(MigrationChain chain, String... revisions) {
		isNotNull();
		Set<String> applied = Set.copyOf(applied());
		List<String> pending = chain.ids().stream().filter(id -> !applied.contains(id)).toList();
		if (!pending.equals(List.of(revisions))) {
			throwAssertionError(shouldHavePending(pending, List.of(revisions)));
		}
		return myself;
	}

	/** Nothing of {@code chain} is left to apply. */
	public LedgerAssert hasNoPending(MigrationChain chain) {
		return hasPending(chain);
	}

	/** The ledger records the batch {@code batchId}, whatever its status. */
	public LedgerAssert hasBatch(String batchId) {
		batch(batchId);
		return myself;
	}

	public LedgerAssert hasBatch(String batchId, BatchStatus status) {
		BatchRecord batch = batch(batchId);
		if (batch.status() != status) {
			throwAssertionError(shouldHaveStatus(batchId, batch.status(), status));
		}
		return myself;
	}

	/** The batch is recorded with {@code recordCount} entities created. */
	public LedgerAssert hasBatchWithRecords(String batchId, long recordCount) {
		BatchRecord batch = batch(batchId);
		if (batch.recordCount() != recordCount) {
			throwAssertionError(shouldHaveRecords(batchId, batch.recordCount(), recordCount));
		}
		return myself;
	}

	private BatchRecord batch(String batchId) {
		isNotNull();
		BatchRecord batch = actual.batch(batchId).orElse(null);
		if (batch == null) {
			throwAssertionError(shouldHaveBatch(batchId, actual.batches().stream().map(BatchRecord::batchId).toList()));
		}
		return batch;
	}

	private List<String> applied() {
		return actual.applied().stream().map(AppliedMigration::revision).toList();
	}

}
