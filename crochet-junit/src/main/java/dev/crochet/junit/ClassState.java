package dev.crochet.junit;

import dev.crochet.Crochet;
import dev.crochet.embedded.Folders;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One test class's database and ledger: the Crochet instance its tests and parameters
 * use. Kept in the class's store, so JUnit closes it (ledger deleted) when the class is
 * done.
 */
final class ClassState implements AutoCloseable {

	private final Configuration configuration;

	private final Neo4jServer server;

	/** The server's default database, or the class's own (crochet.databasePerClass). */
	private final DatabaseRoute route;

	private final ClassLoader classLoader;

	/** Gives the server back to its pool once this class is done with it. */
	private final Runnable release;

	/** Scanned once per configuration; null until the first class has scanned them. */
	private List<ResolvedMigration> migrations;

	private RoundTripReport report;

	private Path ledgerDirectory;

	private Crochet crochet;

	/** Whether a test method has seen the database since it was last prepared. */
	private boolean used;

	/**
	 * @param migrations the chain when already scanned, else null
	 * @param readsModels true for the class that reaches the verdict: it reads the models
	 * for the drift check
	 */
	ClassState(Configuration configuration, Neo4jServer server, DatabaseRoute route, ClassLoader classLoader,
			List<ResolvedMigration> migrations, boolean readsModels, Runnable release) {
		this.configuration = configuration;
		this.server = server;
		this.route = route;
		this.classLoader = classLoader;
		this.migrations = migrations;
		this.release = release;
		try {
			this.crochet = open(readsModels);
		}
		catch (RuntimeException ex) {
			release.run();
			throw ex;
		}
	}

	private Crochet open(boolean withModels) {
		try {
			ledgerDirectory = Files.createTempDirectory("crochet-junit-ledger-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Cannot create a temporary directory for the test ledger: " + ex.getMessage(), ex);
		}
		Crochet.Builder builder = Crochet.configure()
			.driver(server.driver())
			.ledger(ledgerDirectory.resolve("ledger.db"))
			.classLoader(classLoader)
			// The class's own throwaway database: emptied before it migrates, and between
			// tests on reset = DATA.
			.cleanEnabled(true);
		route.database().ifPresent(builder::database);
		if (migrations != null) {
			// Scanning once per configuration keeps a suite of many classes fast.
			builder.migrations(migrations);
		}
		else {
			builder.migrationPackages(configuration.migrationPackages().toArray(String[]::new))
				.migrationLocations(configuration.migrationLocations().toArray(String[]::new));
		}
		if (withModels) {
			builder.modelPackages(configuration.modelPackages().toArray(String[]::new));
		}
		return builder.load();
	}

	synchronized Crochet crochet() {
		return crochet;
	}

	Configuration configuration() {
		return configuration;
	}

	Neo4jServer server() {
		return server;
	}

	DatabaseRoute route() {
		return route;
	}

	synchronized RoundTripReport report() {
		return report;
	}

	/**
	 * The chain this class migrates along, remembered for the next classes and resets.
	 */
	synchronized List<ResolvedMigration> scannedMigrations() {
		if (migrations == null) {
			migrations = crochet.chain().migrations();
		}
		return migrations;
	}

	/** Empties the database; returns how long it took, in milliseconds. */
	synchronized long clean() {
		long start = System.nanoTime();
		crochet.cleanDatabase();
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * Migrates the emptied database with {@code mode}; the report it returns becomes this
	 * class's.
	 */
	synchronized RoundTripReport migrate(RoundTripMode mode) {
		report = run(mode);
		return report;
	}

	private RoundTripReport run(RoundTripMode mode) {
		if (mode == RoundTripMode.NONE && configuration.fixtures().isEmpty()) {
			// One upgrade call takes the locks once; the round trip's NONE mode upgrades
			// revision by revision.
			crochet.upgrade(configuration.target());
			return new RoundTripReport(RoundTripMode.NONE, List.of());
		}
		return crochet.roundTrip(mode, configuration.target(), configuration.fixtures());
	}

	/**
	 * Later classes reuse the first class's verdict: its report is what they are given.
	 */
	synchronized void adoptReport(RoundTripReport verdict) {
		report = verdict;
	}

	/**
	 * Applies {@link CrochetMigrated#reset()} unless this is the first test method since
	 * preparing.
	 */
	synchronized void beforeTest() {
		if (!used) {
			used = true;
			return;
		}
		switch (configuration.reset()) {
			case NONE -> {
			}
			case DATA -> crochet.cleanData();
			case MIGRATE_AGAIN -> {
				List<ResolvedMigration> chain = scannedMigrations();
				closeCrochet();
				migrations = chain;
				crochet = open(false);
				crochet.cleanDatabase();
				run(RoundTripMode.NONE);
			}
		}
	}

	@Override
	public synchronized void close() {
		try {
			closeCrochet();
		}
		finally {
			release.run();
		}
	}

	private void closeCrochet() {
		try {
			crochet.close();
		}
		finally {
			// A leftover temporary ledger is not worth failing a test class for.
			Folders.deleteQuietly(ledgerDirectory);
		}
	}

}
