package dev.crochet.engine;

import dev.crochet.CrochetException;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.DataFixture;
import dev.crochet.roundtrip.Difference;
import dev.crochet.roundtrip.Fingerprint;
import dev.crochet.roundtrip.RevisionTimings;
import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RevisionVerdict.Outcome;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the pending revisions up to a target and, depending on the mode, proves that
 * downgrades restore the graph (schema and data) and that upgrading again reproduces it.
 * Fixtures are inserted right after their revision so that later revisions are exercised
 * with data.
 */
public final class RoundTripRunner {

	/** The step of a round trip that was running when something threw. */
	private enum Step {

		UP, DOWN, RE_UP

	}

	private final Engine engine;

	public RoundTripRunner(Engine engine) {
		this.engine = engine;
	}

	public RoundTripReport run(RoundTripMode mode, String target, List<DataFixture> fixtures) {
		MigrationChain chain = engine.chain().get();
		String head = engine.ledger().get().head().map(a -> a.revision()).orElse(null);
		if (target != null && !chain.contains(target)) {
			engine.upgrade(target, true); // throws the standard unknown-target error
		}
		List<ResolvedMigration> pending = chain.pending(head, target);
		return switch (mode) {
			case NONE -> upOnly(pending, fixtures);
			case STEPWISE -> stepwise(pending, fixtures, head == null);
			case FULL -> full(pending, fixtures, head);
		};
	}

	private RoundTripReport upOnly(List<ResolvedMigration> pending, List<DataFixture> fixtures) {
		upgrade(pending, fixtures);
		return new RoundTripReport(RoundTripMode.NONE, List.of());
	}

	private void upgrade(List<ResolvedMigration> revisions, List<DataFixture> fixtures) {
		if (fixtures.isEmpty() && !revisions.isEmpty()) {
			// One call, one lock: stepping revision by revision is only needed to slot
			// fixtures in.
			engine.upgrade(revisions.get(revisions.size() - 1).id(), false);
			return;
		}
		for (ResolvedMigration migration : revisions) {
			engine.upgrade(migration.id(), false);
			insertFixtures(migration, fixtures);
		}
	}

	/**
	 * @param atBase nothing was applied when the round trip began
	 */
	private RoundTripReport stepwise(List<ResolvedMigration> pending, List<DataFixture> fixtures, boolean atBase) {
		List<RevisionVerdict> verdicts = new ArrayList<>();
		boolean startedEmpty = false;
		for (int i = 0; i < pending.size(); i++) {
			ResolvedMigration migration = pending.get(i);
			String id = migration.id();
			Step step = Step.UP;
			long start = System.nanoTime();
			long up = RevisionTimings.NOT_RUN;
			long down = RevisionTimings.NOT_RUN;
			List<Difference> downDifferences = List.of();
			try {
				Fingerprint before = engine.fingerprint();
				startedEmpty = i == 0 ? atBase && before.isEmpty() : startedEmpty;
				start = System.nanoTime();
				engine.upgrade(id, false);
				up = millisSince(start);
				if (!migration.rollbackSafe()) {
					verdicts.add(new RevisionVerdict(id, Outcome.SKIPPED_UNSAFE, List.of(), List.of(), null,
							new RevisionTimings(up, RevisionTimings.NOT_RUN, RevisionTimings.NOT_RUN)));
				}
				else {
					Fingerprint after = engine.fingerprint();
					step = Step.DOWN;
					start = System.nanoTime();
					engine.downgrade(null, false);
					down = millisSince(start);
					downDifferences = engine.differences(before, engine.fingerprint());
					step = Step.RE_UP;
					start = System.nanoTime();
					engine.upgrade(id, false);
					long reUp = millisSince(start);
					List<Difference> upDifferences = engine.differences(after, engine.fingerprint());
					Outcome outcome = !downDifferences.isEmpty() ? Outcome.LEFT_TRACE
							: !upDifferences.isEmpty() ? Outcome.NOT_REPRODUCED : Outcome.PASSED;
					verdicts.add(new RevisionVerdict(id, outcome, downDifferences, upDifferences, null,
							new RevisionTimings(up, down, reUp)));
				}
			}
			catch (CrochetException ex) {
				RevisionTimings timings = timings(step, up, down, millisSince(start));
				List<ResolvedMigration> rest = pending.subList(i + 1, pending.size());
				if (step == Step.UP) {
					verdicts
						.add(new RevisionVerdict(id, Outcome.FAILED, List.of(), List.of(), ex.getMessage(), timings));
					rest.forEach(m -> verdicts.add(RevisionVerdict.notRun(m.id(),
							id + " failed to upgrade, and every later revision builds on it")));
					break;
				}
				verdicts.add(step == Step.DOWN
						? new RevisionVerdict(id, Outcome.FAILED, List.of(), List.of(), ex.getMessage(), timings)
						// The first upgrade ran from this very state: that the second one
						// fails is the downgrade's doing.
						: new RevisionVerdict(id,
								downDifferences.isEmpty() ? Outcome.NOT_REPRODUCED : Outcome.LEFT_TRACE,
								downDifferences, List.of(), ex.getMessage(), timings));
				String whyNot = rest.isEmpty() ? null : rebuild(pending.subList(0, i + 1), fixtures, startedEmpty);
				if (whyNot != null) {
					rest.forEach(m -> verdicts.add(RevisionVerdict.notRun(m.id(), whyNot)));
					break;
				}
				continue;
			}
			insertFixtures(migration, fixtures);
		}
		return new RoundTripReport(RoundTripMode.STEPWISE, verdicts);
	}

	/**
	 * After the downgrade or the second upgrade of {@code done}'s last revision failed,
	 * the graph holds whatever the failure left, and judging the next revisions from
	 * there would blame them for it. So the database is emptied and migrated afresh up to
	 * that revision, fixtures included: the state the first upgrade had reached, from
	 * which the rest are judged on their own. The test ledger forgets what it applied (an
	 * event says why) so that it agrees with the emptied graph. This is only done when
	 * the round trip began on an empty database at the base, as in the JUnit extension
	 * and the CLI: emptying a database the caller handed over with something in it would
	 * destroy more than the round trip made.
	 * @return null when the database was rebuilt, else why the remaining revisions are
	 * not run
	 */
	private String rebuild(List<ResolvedMigration> done, List<DataFixture> fixtures, boolean startedEmpty) {
		String failed = done.get(done.size() - 1).id();
		if (!startedEmpty) {
			return "the round trip of " + failed + " failed, and a database that was not empty at the start"
					+ " is not emptied to go on";
		}
		try {
			engine.cleanDatabase();
			Ledger ledger = engine.ledger().get();
			List<AppliedMigration> applied = ledger.applied();
			for (int i = applied.size() - 1; i >= 0; i--) {
				String revision = applied.get(i).revision();
				ledger.recordDowngrade(revision,
						LedgerEvent.of("RESET", revision, "OK", "round trip: database emptied after " + failed
								+ " failed, to judge the revisions after it from a fresh upgrade"));
			}
			upgrade(done, fixtures);
			return null;
		}
		catch (CrochetException ex) {
			return "after the round trip of " + failed + " failed, the database could not be migrated afresh up to it: "
					+ ex.getMessage();
		}
	}

	/**
	 * Up all, down as far as rollback safety allows, up all. The state after the down is
	 * compared with the state recorded when the up pass stood at the same revision (with
	 * fixtures present, schema only: fixture data is the test's, not the migrations').
	 */
	/**
	 * @param head the ledger's head when the round trip began (null: none)
	 */
	private RoundTripReport full(List<ResolvedMigration> pending, List<DataFixture> fixtures, String head) {
		if (pending.isEmpty()) {
			return new RoundTripReport(RoundTripMode.FULL, List.of());
		}
		String range = pending.get(0).id() + ".." + pending.get(pending.size() - 1).id();
		List<RevisionVerdict> verdicts = new ArrayList<>();
		Step step = Step.UP;
		long start = System.nanoTime();
		long up = RevisionTimings.NOT_RUN;
		long down = RevisionTimings.NOT_RUN;
		List<Difference> downDifferences = List.of();
		try {
			String floor = head;
			Fingerprint floorPrint = engine.fingerprint();
			start = System.nanoTime();
			for (ResolvedMigration migration : pending) {
				engine.upgrade(migration.id(), false);
				insertFixtures(migration, fixtures);
				if (!migration.rollbackSafe()) {
					verdicts
						.add(new RevisionVerdict(migration.id(), Outcome.SKIPPED_UNSAFE, List.of(), List.of(), null));
					floor = migration.id();
					floorPrint = engine.fingerprint();
				}
			}
			up = millisSince(start);
			Fingerprint top = engine.fingerprint();
			step = Step.DOWN;
			start = System.nanoTime();
			engine.downgrade(floor == null ? Engine.BASE : floor, false);
			down = millisSince(start);
			downDifferences = schemaOnlyWithFixtures(engine.differences(floorPrint, engine.fingerprint()), fixtures);
			step = Step.RE_UP;
			start = System.nanoTime();
			engine.upgrade(pending.get(pending.size() - 1).id(), false);
			long reUp = millisSince(start);
			List<Difference> upDifferences = schemaOnlyWithFixtures(engine.differences(top, engine.fingerprint()),
					fixtures);
			Outcome outcome = !downDifferences.isEmpty() ? Outcome.LEFT_TRACE
					: !upDifferences.isEmpty() ? Outcome.NOT_REPRODUCED : Outcome.PASSED;
			verdicts.add(new RevisionVerdict(range, outcome, downDifferences, upDifferences, null,
					new RevisionTimings(up, down, reUp)));
		}
		catch (CrochetException ex) {
			RevisionTimings timings = timings(step, up, down, millisSince(start));
			verdicts.add(step != Step.RE_UP
					? new RevisionVerdict(range, Outcome.FAILED, List.of(), List.of(), ex.getMessage(), timings)
					// As in the stepwise round trip: the first pass upgraded from this
					// state, so the down is to blame.
					: new RevisionVerdict(range,
							downDifferences.isEmpty() ? Outcome.NOT_REPRODUCED : Outcome.LEFT_TRACE, downDifferences,
							List.of(), ex.getMessage(), timings));
		}
		return new RoundTripReport(RoundTripMode.FULL, verdicts);
	}

	private static List<Difference> schemaOnlyWithFixtures(List<Difference> differences, List<DataFixture> fixtures) {
		return fixtures.isEmpty() ? differences
				: differences.stream().filter(d -> Difference.PRESENT.equals(d.unit())).toList();
	}

	private void insertFixtures(ResolvedMigration migration, List<DataFixture> fixtures) {
		for (DataFixture fixture : fixtures) {
			if (fixture.afterRevision().equals(migration.id())) {
				engine.runCypher(fixture.cypher(), fixture.parameters());
			}
		}
	}

	/**
	 * The timings of a round trip that threw in {@code failed}, which ran for
	 * {@code failedMillis} until it did.
	 */
	private static RevisionTimings timings(Step failed, long up, long down, long failedMillis) {
		return switch (failed) {
			case UP -> new RevisionTimings(failedMillis, RevisionTimings.NOT_RUN, RevisionTimings.NOT_RUN);
			case DOWN -> new RevisionTimings(up, failedMillis, RevisionTimings.NOT_RUN);
			case RE_UP -> new RevisionTimings(up, down, failedMillis);
		};
	}

	private static long millisSince(long nanoStart) {
		return (System.nanoTime() - nanoStart) / 1_000_000;
	}

}
