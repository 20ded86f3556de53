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

	/** Whether Crochet keeps its history in the graph rather than in a ledger file. */
	private final boolean graphLedger;

	Workbench(Driver driver, Path scratch, boolean graphLedger) {
		this.driver = driver;
		this.graphLedger = graphLedger;
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
		Crochet.Builder builder = Crochet.configure()
			.driver(driver)
			.ledger(scratch.resolve("ledger-" + (++ledgers) + ".db"))
			.migrations(chain)
			.listener(listener);
		if (graphLedger) {
			// A fresh history each time as well: every workload empties the database
			// first.
			builder.ledger(LedgerStore.GRAPH);
		}
		Crochet crochet = builder.load();
		crochet.status();
		return crochet;
	}

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
