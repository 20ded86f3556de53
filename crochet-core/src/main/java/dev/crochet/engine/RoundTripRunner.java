package dev.crochet.engine;

import dev.crochet.CrochetException;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.DataFixture;
import dev.crochet.roundtrip.Difference;
import dev.crochet.roundtrip.Fingerprint;
import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RevisionVerdict.Outcome;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the pending revisions up to a target and, depending on the mode, proves that downgrades
 * restore the graph (schema and data) and that upgrading again reproduces it. Fixtures are inserted
 * right after their revision so that later revisions are exercised with data.
 */
public final class RoundTripRunner {

	private final Engine engine;

	public RoundTripRunner(Engine engine) {
		this.engine = engine;
	}

	public RoundTripReport run(RoundTripMode mode, String target, List<DataFixture> fixtures) {
		MigrationChain chain = engine.chain().get();
		String head = engine.ledger().get().head().map(a -> a.revision()).orElse(null);
		int from = head == null ? 0 : chain.indexOf(head) + 1;
		int to = target == null ? chain.migrations().size() : chain.indexOf(target) + 1;
		if (target != null && to == 0) {
			engine.upgrade(target, true); // throws the standard unknown-target error
		}
		List<ResolvedMigration> pending = from >= to ? List.of() : chain.migrations().subList(from, to);
		return switch (mode) {
			case NONE -> upOnly(pending, fixtures);
			case STEPWISE -> stepwise(pending, fixtures);
			case FULL -> full(pending, fixtures);
		};
	}

	private RoundTripReport upOnly(List<ResolvedMigration> pending, List<DataFixture> fixtures) {
		if (fixtures.isEmpty() && !pending.isEmpty()) {
			// One call, one lock: stepping revision by revision is only needed to slot fixtures in.
			engine.upgrade(pending.get(pending.size() - 1).id(), false);
			return new RoundTripReport(RoundTripMode.NONE, List.of());
		}
		for (ResolvedMigration migration : pending) {
			engine.upgrade(migration.id(), false);
			insertFixtures(migration, fixtures);
		}
		return new RoundTripReport(RoundTripMode.NONE, List.of());
	}

	private RoundTripReport stepwise(List<ResolvedMigration> pending, List<DataFixture> fixtures) {
		List<RevisionVerdict> verdicts = new ArrayList<>();
		for (ResolvedMigration migration : pending) {
			String id = migration.id();
			try {
				Fingerprint before = engine.fingerprint();
				engine.upgrade(id, false);
				Fingerprint after = engine.fingerprint();
				if (!migration.rollbackSafe()) {
					verdicts.add(new RevisionVerdict(id, Outcome.SKIPPED_UNSAFE, List.of(), List.of(), null));
				}
				else {
					engine.downgrade(null, false);
					List<Difference> down = before.differences(engine.fingerprint());
					engine.upgrade(id, false);
					List<Difference> up = after.differences(engine.fingerprint());
					Outcome outcome = !down.isEmpty() ? Outcome.LEFT_TRACE
							: !up.isEmpty() ? Outcome.NOT_REPRODUCED : Outcome.PASSED;
					verdicts.add(new RevisionVerdict(id, outcome, down, up, null));
				}
				insertFixtures(migration, fixtures);
			}
			catch (CrochetException ex) {
				verdicts.add(new RevisionVerdict(id, Outcome.FAILED, List.of(), List.of(), ex.getMessage()));
				break;
			}
		}
		return new RoundTripReport(RoundTripMode.STEPWISE, verdicts);
	}

	/**
	 * Up all, down as far as rollback safety allows, up all. The state after the down is compared
	 * with the state recorded when the up pass stood at the same revision (with fixtures present,
	 * schema only: fixture data is the test's, not the migrations').
	 */
	private RoundTripReport full(List<ResolvedMigration> pending, List<DataFixture> fixtures) {
		if (pending.isEmpty()) {
			return new RoundTripReport(RoundTripMode.FULL, List.of());
		}
		String range = pending.get(0).id() + ".." + pending.get(pending.size() - 1).id();
		List<RevisionVerdict> verdicts = new ArrayList<>();
		try {
			String floor = engine.ledger().get().head().map(a -> a.revision()).orElse(null);
			Fingerprint floorPrint = engine.fingerprint();
			for (ResolvedMigration migration : pending) {
				engine.upgrade(migration.id(), false);
				insertFixtures(migration, fixtures);
				if (!migration.rollbackSafe()) {
					verdicts.add(new RevisionVerdict(migration.id(), Outcome.SKIPPED_UNSAFE, List.of(), List.of(), null));
					floor = migration.id();
					floorPrint = engine.fingerprint();
				}
			}
			Fingerprint top = engine.fingerprint();
			engine.downgrade(floor == null ? Engine.BASE : floor, false);
			List<Difference> down = floorPrint.differences(engine.fingerprint());
			if (!fixtures.isEmpty()) {
				down = down.stream().filter(d -> "present".equals(d.unit())).toList();
			}
			engine.upgrade(pending.get(pending.size() - 1).id(), false);
			List<Difference> up = top.differences(engine.fingerprint());
			if (!fixtures.isEmpty()) {
				up = up.stream().filter(d -> "present".equals(d.unit())).toList();
			}
			Outcome outcome = !down.isEmpty() ? Outcome.LEFT_TRACE : !up.isEmpty() ? Outcome.NOT_REPRODUCED : Outcome.PASSED;
			verdicts.add(new RevisionVerdict(range, outcome, down, up, null));
		}
		catch (CrochetException ex) {
			verdicts.add(new RevisionVerdict(range, Outcome.FAILED, List.of(), List.of(), ex.getMessage()));
		}
		return new RoundTripReport(RoundTripMode.FULL, verdicts);
	}

	private void insertFixtures(ResolvedMigration migration, List<DataFixture> fixtures) {
		for (DataFixture fixture : fixtures) {
			if (fixture.afterRevision().equals(migration.id())) {
				engine.runCypher(fixture.cypher(), fixture.parameters());
			}
		}
	}
}
