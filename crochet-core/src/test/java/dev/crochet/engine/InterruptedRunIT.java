package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.LockedException;
import dev.crochet.ValidationException;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The head mirror is written once per call. A run that died between the ledger's record
 * of a revision and the mirror's update leaves a mark; only then may the graph lag behind
 * the ledger, and the next run catches it up instead of calling it another history.
 */
@Tag("both-ledgers")
class InterruptedRunIT extends EngineTestBase {

	private static final List<ResolvedMigration> CHAIN = List.of(
			step("0001_a", null, ctx -> ctx.addIndex("A", "x"), ctx -> ctx.dropIndex("A", "x")),
			step("0002_b", "0001_a", ctx -> ctx.addIndex("B", "x"), ctx -> ctx.dropIndex("B", "x")),
			step("0003_c", "0002_b", ctx -> ctx.addIndex("C", "x"), ctx -> ctx.dropIndex("C", "x")));

	private static void mirrorAt(Crochet crochet, String head, boolean interrupted) {
		crochet.runCypher(
				"MATCH (s:_CrochetState) SET s.head = $head" + (interrupted ? ", s.inProgress = 'dead-run'" : ""),
				Map.of("head", head));
	}

	@Test
	void anUpgradeThatDiedIsCaughtUpByTheNextRun() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade("0002_b");
		mirrorAt(crochet, "0001_a", true);
		assertThat(crochet.verify().ok()).isFalse();

		assertThat(crochet.upgrade().revisions()).containsExactly("0003_c");
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
		assertThat(crochet.ledger().events()).anyMatch(e -> e.kind().equals("REPAIR"));
	}

	@Test
	void aDowngradeThatDiedIsCaughtUpByTheNextRun() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade();
		crochet.downgrade("0001_a");
		mirrorAt(crochet, "0003_c", true);

		assertThat(crochet.downgrade().revisions()).containsExactly("0001_a");
		assertThat(crochet.verify().checks()).filteredOn(c -> c.name().equals("ledger and graph agree"))
			.singleElement()
			.satisfies(c -> assertThat(c.passed()).as(c.problems().toString()).isTrue());
	}

	@Test
	void withoutTheMarkADisagreementIsAnotherHistory() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade("0002_b");
		mirrorAt(crochet, "0001_a", false);

		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class)
			.hasMessage(Engine.capitalised(ledgerLocation()) + " records head 0002_b but the graph records"
					+ " head 0001_a; they belong to different histories (wrong ledger file or database?). Nothing was run.");
		assertThat(crochet.ledger().applied()).hasSize(2);
	}

	@Test
	void aRunThatDiedHoldingTheLockIsCaughtUpAfterUnlock() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade("0002_b");
		// What a run killed after the ledger recorded 0002_b leaves: its lock, and a
		// mirror one behind.
		crochet.runCypher(
				"MATCH (s:_CrochetState) SET s.head = '0001_a', s.lockOwner = 'dead-run', s.lockSince = 'then'",
				Map.of());

		assertThatThrownBy(crochet::upgrade).isInstanceOf(LockedException.class)
			.hasMessage("The graph is locked by dead-run since then; another migration run is in progress"
					+ " (if it died, run 'crochet unlock')");
		crochet.forceUnlock();
		assertThat(rows(crochet, "MATCH (s:_CrochetState) RETURN s.inProgress AS mark")).singleElement()
			.satisfies(row -> assertThat(row.get("mark")).isEqualTo("dead-run"));

		assertThat(crochet.upgrade().revisions()).containsExactly("0003_c");
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
		assertThat(crochet.ledger().events()).anyMatch(e -> e.kind().equals("REPAIR"));
		assertThat(rows(crochet, "MATCH (s:_CrochetState) RETURN s.inProgress AS mark")).singleElement()
			.satisfies(row -> assertThat(row.get("mark")).isNull());
	}

	@Test
	void aRefusedRunLeavesNeitherItsMarkNorItsLock() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade("0002_b");
		mirrorAt(crochet, "0001_a", false);

		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class);
		assertThat(rows(crochet, "MATCH (s:_CrochetState) RETURN s.head AS head, s.inProgress AS mark")).singleElement()
			.satisfies(row -> {
				assertThat(row.get("head")).isEqualTo("0001_a");
				assertThat(row.get("mark")).isNull();
			});
		assertThat(rows(crochet, "MATCH (s:_CrochetState) WHERE s.lockOwner IS NOT NULL RETURN s")).isEmpty();
	}

	@Test
	void aDeadRunsMarkSurvivesARunThatCannotRepairTheMirror() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade("0002_b");
		mirrorAt(crochet, "9999_elsewhere", true);

		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class)
			.hasMessageContaining("the graph records head 9999_elsewhere");
		assertThat(rows(crochet, "MATCH (s:_CrochetState) RETURN s.inProgress AS mark")).singleElement()
			.satisfies(row -> assertThat(row.get("mark")).isEqualTo("dead-run"));
		assertThat(rows(crochet, "MATCH (s:_CrochetState) WHERE s.lockOwner IS NOT NULL RETURN s")).isEmpty();
	}

	@Test
	void aRunThatFindsTheGraphInStepClearsADeadRunsMark() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade();
		mirrorAt(crochet, "0003_c", true);

		assertThat(crochet.upgrade().runs()).isEmpty();
		assertThat(rows(crochet, "MATCH (s:_CrochetState) RETURN s.head AS head, s.inProgress AS mark")).singleElement()
			.satisfies(row -> {
				assertThat(row.get("head")).isEqualTo("0003_c");
				assertThat(row.get("mark")).isNull();
			});
		assertThat(crochet.ledger().events()).noneMatch(e -> e.kind().equals("REPAIR"));
	}

	@Test
	void theMirrorIsWrittenOncePerCallAndClearsTheMark() {
		Crochet crochet = crochet(CHAIN);
		crochet.upgrade();
		assertThat(rows(crochet, "MATCH (s:_CrochetState) RETURN s.head AS head, s.inProgress AS mark")).singleElement()
			.satisfies(row -> {
				assertThat(row.get("head")).isEqualTo("0003_c");
				assertThat(row.get("mark")).isNull();
			});
	}

}
