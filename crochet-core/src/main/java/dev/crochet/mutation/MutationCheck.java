package dev.crochet.mutation;

import dev.crochet.CrochetException;
import dev.crochet.Direction;
import dev.crochet.ValidationException;
import dev.crochet.engine.Engine;
import dev.crochet.engine.RoundTripRunner;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.DataFixture;
import dev.crochet.roundtrip.Fingerprint;
import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RoundTripMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the mutation check on an empty database, revision by revision. A revision's own
 * stepwise round trip must pass first (else its mutants would prove nothing); it leaves
 * the database at the revision, and each mutant is then judged from there by
 * {@link MutantRoundTrip}: its downgrade, then the upgrade again, compared with the
 * fingerprints before and after the revision. A mutant that passes leaves the database as
 * it found it; after a killed one the state is restored by the correct downgrade and
 * upgrade or, when they do not give back the same fingerprints, by emptying the database
 * and migrating afresh. Fixtures are inserted right after their revision, as in the round
 * trip, so later revisions' mutants meet data.
 */
public final class MutationCheck {

	private final Engine engine;

	private final MigrationChain chain;

	private final Ledger ledger;

	private final List<DataFixture> fixtures;

	public MutationCheck(Engine engine, MigrationChain chain, Ledger ledger, List<DataFixture> fixtures) {
		this.engine = engine;
		this.chain = chain;
		this.ledger = ledger;
		this.fixtures = List.copyOf(fixtures);
	}

	public MutationReport run() {
		long start = System.nanoTime();
		requireEmptyDatabase();
		List<ResolvedMigration> migrations = chain.migrations();
		List<MutantResult> results = new ArrayList<>();
		List<SkippedRevision> skipped = new ArrayList<>();
		for (int k = 0; k < migrations.size(); k++) {
			ResolvedMigration migration = migrations.get(k);
			String id = migration.id();
			if (!migration.rollbackSafe()) {
				skipped.add(new SkippedRevision(id, false, "declared rollbackSafe = false: it is never downgraded"));
				engine.upgrade(id, false);
				insertFixtures(id);
				continue;
			}
			Fingerprint before = engine.fingerprint();
			RevisionVerdict own = roundTrip(id);
			if (own.passed()) {
				List<Mutant> mutants = Mutants.of(id, engine.declaredOperations(id, Direction.UPGRADE),
						engine.declaredOperations(id, Direction.DOWNGRADE));
				MutantRoundTrip roundTrip = new MutantRoundTrip(engine, id, before, engine.fingerprint());
				for (Mutant mutant : mutants) {
					RevisionVerdict verdict = roundTrip.judge(mutant);
					results.add(new MutantResult(mutant, verdict));
					if (!verdict.passed()) {
						restore(migrations.subList(0, k + 1), roundTrip);
					}
				}
			}
			else {
				skipped
					.add(new SkippedRevision(id, true, "its own round trip fails, so its mutants would prove nothing: "
							+ own.describe().lines().findFirst().orElse("")));
				try {
					rebuild(migrations.subList(0, k + 1), "after the round trip of " + id + " failed");
				}
				catch (CrochetException ex) {
					String why = "the chain cannot be migrated past " + id + ": " + ex.getMessage();
					migrations.subList(k + 1, migrations.size())
						.forEach(m -> skipped.add(new SkippedRevision(m.id(), true, why)));
					break;
				}
			}
			insertFixtures(id);
		}
		return new MutationReport(results, skipped, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * It empties the database to undo what a mutant left, so it must not be handed
	 * anything worth keeping.
	 */
	private void requireEmptyDatabase() {
		String head = ledger.head().map(AppliedMigration::revision).orElse(null);
		if (head != null || !engine.fingerprint().isEmpty()) {
			throw new ValidationException(
					"The mutation check needs an empty database with no revision applied, because it"
							+ " empties the database to undo what a mutant left; "
							+ (head != null ? "revision " + head + " is applied" : "the database holds data or schema")
							+ ". Nothing was run.");
		}
	}

	/** The stepwise round trip of {@code revision} alone, from the revision before it. */
	private RevisionVerdict roundTrip(String revision) {
		return new RoundTripRunner(engine).run(RoundTripMode.STEPWISE, revision, List.of())
			.verdict(revision)
			.orElseThrow();
	}

	/**
	 * Back to the state after {@code done}'s last revision (fingerprint
	 * {@code roundTrip.after()}) once a mutant of it was killed: the correct downgrade
	 * and upgrade usually get there; when they do not, the database is emptied and
	 * migrated afresh.
	 */
	private void restore(List<ResolvedMigration> done, MutantRoundTrip roundTrip) {
		String revision = roundTrip.revision();
		String previous = done.size() < 2 ? null : done.get(done.size() - 2).id();
		try {
			if (Objects.equals(previous, head())) {
				engine.upgrade(revision, false); // over what the mutant left: the correct
													// downgrade below may clear it
			}
			engine.downgrade(null, false);
			if (Objects.equals(previous, head()) && roundTrip.before().differences(engine.fingerprint()).isEmpty()) {
				// The revision's own round trip proved that its upgrade reproduces
				// roundTrip.after() from here.
				engine.upgrade(revision, false);
				return;
			}
		}
		catch (CrochetException ex) {
			// Whatever the mutant left made the correct migrations fail too: start
			// afresh.
		}
		rebuild(done, "to undo what a mutant of " + revision + " left");
	}

	/**
	 * Empties the database and applies {@code done}, with the fixtures of all but the
	 * last (whose fixtures come after its mutants, like those of any revision). The
	 * ledger forgets what it applied (an event says {@code why}), so that it agrees with
	 * the emptied graph.
	 */
	private void rebuild(List<ResolvedMigration> done, String why) {
		engine.cleanDatabase();
		List<AppliedMigration> applied = ledger.applied();
		for (int i = applied.size() - 1; i >= 0; i--) {
			String id = applied.get(i).revision();
			ledger.recordDowngrade(id, LedgerEvent.of("RESET", id, "OK", "mutation check: database emptied " + why));
		}
		for (int i = 0; i < done.size(); i++) {
			engine.upgrade(done.get(i).id(), false);
			if (i < done.size() - 1) {
				insertFixtures(done.get(i).id());
			}
		}
	}

	private String head() {
		return ledger.head().map(AppliedMigration::revision).orElse(null);
	}

	private void insertFixtures(String revision) {
		for (DataFixture fixture : fixtures) {
			if (fixture.afterRevision().equals(revision)) {
				engine.runCypher(fixture.cypher(), fixture.parameters());
			}
		}
	}

}
