package dev.crochet.engine;

import dev.crochet.Baseline;
import dev.crochet.UnknownRevisionException;
import dev.crochet.ValidationException;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;

import java.util.List;

/**
 * Records a database migrated before Crochet as being at a revision, as Flyway's
 * {@code baseline} does: the chain up to and including it is recorded as applied without
 * running, with their snapshots, and the graph's head mirror is set to it, so
 * {@code status}, {@code verify} and {@code upgrade} agree afterwards. Only on a history
 * with nothing applied, and only when the live schema is that revision's: a baseline that
 * claims a schema the graph lacks would make the next migration start from a lie.
 */
public final class HistoryBaseline {

	private final Engine engine;

	public HistoryBaseline(Engine engine) {
		this.engine = engine;
	}

	public Baseline at(String revision) {
		MigrationChain chain = engine.chain().get();
		ResolvedMigration migration = chain.get(revision)
			.orElseThrow(
					() -> new UnknownRevisionException("Unknown revision '" + revision + "' to baseline at ("
							+ (chain.isEmpty() ? "there are no migrations"
									: "known revisions: " + String.join(", ", chain.ids()))
							+ "); nothing was recorded."));
		Ledger ledger = engine.ledger().get();
		ledger.requireIntact();
		refuseApplied(ledger);
		Graph graph = engine.graph().get();
		// Checked before any lock is written: a refused baseline leaves the graph as it
		// found it.
		SchemaMatch schema = SchemaMatch.of(engine, migration, engine.snapshots(), engine.ignoreSchema());
		schema.require("The live schema of the graph at " + graph.uri() + " does not match the schema of revision "
				+ revision + "; nothing was recorded:");
		String owner = Owners.of("baseline");
		ledger.lock(owner);
		try {
			GraphLock lock = new GraphLock(graph);
			GraphLock.Taken taken = lock.acquire(owner);
			try {
				refuseApplied(ledger);
				if (taken.head() != null) {
					throw new ValidationException("The graph at " + graph.uri() + " records head " + taken.head()
							+ ": Crochet migrated it already, so there is nothing to baseline (restore its ledger, or"
							+ " rebuild it with 'crochet ledger rebuild'); nothing was recorded.");
				}
				Baseline baseline = record(ledger, chain.upTo(revision), schema);
				lock.releaseRecording(taken, revision, migration.schemaHash());
				return baseline;
			}
			catch (RuntimeException ex) {
				try {
					lock.release(taken);
				}
				catch (RuntimeException again) {
					ex.addSuppressed(again);
				}
				throw ex;
			}
		}
		finally {
			ledger.unlock(owner);
		}
	}

	private static void refuseApplied(Ledger ledger) {
		ledger.head().ifPresent(head -> {
			throw new ValidationException(Engine.capitalised(ledger.location()) + " records applied revisions already"
					+ " (head " + head.revision() + "): baseline is for a database migrated before Crochet, with"
					+ " nothing applied; nothing was recorded.");
		});
	}

	private Baseline record(Ledger ledger, List<ResolvedMigration> chain, SchemaMatch schema) {
		int snapshots = ChainAsApplied.record(ledger, chain, engine.snapshots());
		String revision = chain.get(chain.size() - 1).id();
		List<String> recorded = chain.stream().map(ResolvedMigration::id).toList();
		ledger.append(LedgerEvent.of("BASELINE", revision, "OK",
				"recorded " + String.join(", ", recorded) + " as applied without running them; " + schema.describe()));
		return new Baseline(revision, recorded, snapshots, ledger.location(), schema.describe());
	}

}
