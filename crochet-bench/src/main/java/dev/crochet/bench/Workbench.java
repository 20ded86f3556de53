package dev.crochet.bench;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.ProgressListener;
import dev.crochet.migration.ResolvedMigration;
import org.neo4j.driver.Driver;

import java.nio.file.Path;
import java.util.List;

/**
 * What every workload shares: one driver to the one embedded server, a scratch directory
 * for ledgers and files, and a way back to an empty database.
 */
final class Workbench {

	private final Driver driver;

	private final Path scratch;

	private final RawCypher raw;

	private final Crochet janitor;

	private int ledgers;

	/** Where Crochet keeps its history unless a workload asks for both stores. */
	private final LedgerStore store;

	Workbench(Driver driver, Path scratch, LedgerStore store) {
		this.driver = driver;
		this.store = store;
		this.scratch = scratch;
		this.raw = new RawCypher(driver);
		this.janitor = Crochet.configure()
			.driver(driver)
			.ledger(scratch.resolve("janitor.db"))
			.cleanEnabled(true)
			.load();
	}

	RawCypher raw() {
		return raw;
	}

	Driver driver() {
		return driver;
	}

	Path scratch() {
		return scratch;
	}

	/**
	 * A Crochet instance on the shared driver with a fresh ledger, already opened
	 * (ledger, chain) so that timing an upgrade measures the upgrade rather than
	 * first-use setup.
	 */
	Crochet crochet(List<ResolvedMigration> chain) {
		return crochet(chain, new ProgressListener() {
		});
	}

	/** As {@link #crochet(List)}, reporting progress to {@code listener}. */
	Crochet crochet(List<ResolvedMigration> chain, ProgressListener listener) {
		return crochet(chain, listener, store);
	}

	/**
	 * As {@link #crochet(List, ProgressListener)}, keeping the history in {@code store}
	 * (the graph's history is taken back from where {@link #useHistoryOf} parked it).
	 */
	Crochet crochet(List<ResolvedMigration> chain, ProgressListener listener, LedgerStore store) {
		useHistoryOf(store);
		Crochet.Builder builder = Crochet.configure()
			.driver(driver)
			.ledger(scratch.resolve("ledger-" + (++ledgers) + ".db"))
			.migrations(chain)
			.listener(listener);
		if (store == LedgerStore.GRAPH) {
			// The history stays in the graph from one round to the next, as it would
			// in a team's database; every workload empties the database first.
			builder.ledger(LedgerStore.GRAPH);
		}
		Crochet crochet = builder.load();
		crochet.status();
		return crochet;
	}

	/**
	 * Lets one database take turns between the two stores, untimed: a file ledger's round
	 * finds the graph's history root parked under another label (Crochet refuses a second
	 * history for a database that keeps one itself), and the graph ledger's round finds
	 * it back, so each store runs in its steady state rather than creating its history
	 * afresh.
	 */
	void useHistoryOf(LedgerStore store) {
		String from = store == LedgerStore.GRAPH ? PARKED : "_CrochetLedger";
		String to = store == LedgerStore.GRAPH ? "_CrochetLedger" : PARKED;
		raw.autoCommit("MATCH (l:" + from + ") REMOVE l:" + from + " SET l:" + to, java.util.Map.of());
	}

	private static final String PARKED = "_BenchParkedLedger";

	/**
	 * Data, constraints and indexes gone (Crochet's own state nodes too), so each
	 * workload starts equal.
	 */
	void cleanDatabase() {
		janitor.cleanDatabase();
	}

	void close() {
		janitor.close();
	}

}
