package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.ValidationException;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch belongs to one revision (issue 29, item 1). A tag shared by two revisions once
 * let the second one's undo delete the first one's 1,000 items, after which verify said
 * "no problems": each way a tag could be shared is refused before anything runs, and
 * verify compares per revision as well as per batch.
 */
@Tag("both-ledgers")
class BatchIdentityIT extends EngineTestBase {

	private static final String NL = System.lineSeparator();

	private static final ResolvedMigration ITEMS = step("0002_items", null, ctx -> {
		ctx.beginBatch("b");
		ctx.createNodes("Item", IntStream.range(0, 1_000).mapToObj(i -> Map.<String, Object>of("i", i)).toList());
	}, ctx -> ctx.deleteNodesByBatch("Item", "b"));

	/** The recipe: the same batch id again, five more items, then a failure. */
	private static final ResolvedMigration MORE_THEN_FAIL = step("0003_more", "0002_items", ctx -> {
		ctx.beginBatch("b");
		ctx.createNodes("Item", IntStream.range(0, 5).mapToObj(i -> Map.<String, Object>of("i", 1_000 + i)).toList());
		ctx.runCypher("UNWIND [1, 0] AS x RETURN 1 / x AS y");
	}, ctx -> ctx.deleteNodesByBatch("Item", "b"));

	private static final ResolvedMigration MORE = step("0003_more", "0002_items", ctx -> {
		ctx.beginBatch("b");
		ctx.createNodes("Item", IntStream.range(0, 5).mapToObj(i -> Map.<String, Object>of("i", 1_000 + i)).toList());
	}, ctx -> ctx.deleteNodesByBatch("Item", "b"));

	@Test
	void aBatchIdOfAnEarlierRevisionIsRefusedBeforeTheRevisionRuns() {
		crochet(List.of(ITEMS)).upgrade();
		Crochet crochet = crochet(List.of(ITEMS, MORE_THEN_FAIL));

		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class)
			.hasMessage("A batch belongs to the one revision that begins it; nothing was run:" + NL
					+ "  Revision 0003_more begins batch b, which revision 0002_items already recorded (COMMITTED)" + NL
					+ "Give each revision's batches ids of their own.");
		assertThat(count(crochet, "(n:Item)")).isEqualTo(1_000);
		assertThat(crochet.ledger().batch("b")).hasValueSatisfying(b -> {
			assertThat(b.migrationId()).isEqualTo("0002_items");
			assertThat(b.recordCount()).isEqualTo(1_000);
		});

		// Without the failing line it is refused the same way: a downgrade of 0003 would
		// otherwise delete all 1,005.
		Crochet fixed = crochet(List.of(ITEMS, MORE));
		assertThatThrownBy(fixed::upgrade).hasMessageContaining(
				"Revision 0003_more begins batch b, which revision " + "0002_items already recorded (COMMITTED)");
		assertThat(fixed.verify().problems()).containsExactly("Revision 0003_more is pending");
	}

	@Test
	void twoPendingRevisionsBeginningOneBatchAreRefusedTogether() {
		Crochet crochet = crochet(List.of(ITEMS, MORE));

		assertThatThrownBy(crochet::upgrade)
			.hasMessage("A batch belongs to the one revision that begins it; nothing was run:" + NL
					+ "  Revisions 0002_items and 0003_more both begin batch b" + NL
					+ "Give each revision's batches ids of their own.");
		assertThat(crochet.ledger().applied()).isEmpty();
		assertThat(count(crochet, "(n:Item)")).isZero();
	}

	@Test
	void aDowngradeMayDeleteOnlyItsOwnRevisionsBatches() {
		ResolvedMigration greedy = step("0003_index", "0002_items", ctx -> ctx.addIndex("Item", "i"), ctx -> {
			ctx.dropIndex("Item", "i");
			ctx.deleteNodesByBatch("Item", "b");
		});
		Crochet crochet = crochet(List.of(ITEMS, greedy));
		crochet.upgrade();

		assertThatThrownBy(crochet::downgrade)
			.hasMessage("A batch belongs to the one revision that begins it; nothing was run:" + NL
					+ "  The downgrade of 0003_index deletes batch b, which belongs to revision 0002_items" + NL
					+ "Give each revision's batches ids of their own.");
		assertThat(count(crochet, "(n:Item)")).isEqualTo(1_000);
		assertThat(crochet.ledger().head()).hasValueSatisfying(h -> assertThat(h.revision()).isEqualTo("0003_index"));
	}

	@Test
	void verifyComparesPerRevisionSoASharedTagNeverLooksConsistent() {
		ResolvedMigration other = step("0003_more", "0002_items", ctx -> {
			ctx.beginBatch("c");
			ctx.createNodes("Item", List.of(Map.of("i", -1)));
		}, ctx -> ctx.deleteNodesByBatch("Item", "c"));
		crochet(List.of(ITEMS, other)).upgrade();

		// The same history, read by a chain whose 0003 begins 0002's batch (as a ledger
		// written before batches had owners can hold).
		ResolvedMigration sharing = step("0003_more", "0002_items", ctx -> {
			ctx.beginBatch("b");
			ctx.createNodes("Item", List.of(Map.of("i", -1)));
		}, ctx -> ctx.deleteNodesByBatch("Item", "b"));
		Crochet crochet = crochet(List.of(ITEMS, sharing));

		assertThat(crochet.verify().ok()).isFalse();
		assertThat(crochet.verify().problems())
			.contains("Batch b is begun by both 0002_items and 0003_more: the graph cannot tell their entities apart");
	}

	@Test
	void aDowngradeThatLeavesItsBatchBehindKeepsItCommittedAndVerifySaysSo() {
		ResolvedMigration leaky = step("0002_items", null, ctx -> {
			ctx.beginBatch("b");
			ctx.createNodes("Item", IntStream.range(0, 10).mapToObj(i -> Map.<String, Object>of("i", i)).toList());
		}, ctx -> ctx.addIndex("Item", "unused"));
		Crochet crochet = crochet(List.of(leaky));
		crochet.upgrade();

		crochet.downgrade();

		assertThat(crochet.ledger().batch("b")).hasValueSatisfying(b -> {
			assertThat(b.status()).isEqualTo(BatchStatus.COMMITTED);
			assertThat(b.recordCount()).isEqualTo(10);
		});
		assertThat(crochet.verify().problems()).contains("Batch b (revision 0002_items) is recorded as committed,"
				+ " but 0002_items is not applied: its downgrade did not delete it");
		// Loading it again would double the ten items: refused.
		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class)
			.hasMessage(
					"Revision 0002_items begins batch b, but the graph still holds 10 of its entities from an earlier"
							+ " run (the ledger records the batch as COMMITTED): loading it again would double them. Delete them"
							+ " first: MATCH (n) WHERE n._crochet_batch = 'b' DETACH DELETE n. Nothing was run.");
		assertThat(count(crochet, "(n:Item)")).isEqualTo(10);
	}

}
