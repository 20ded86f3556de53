package dev.crochet.junit;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.live.SchemaElement;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.Fingerprint;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

	/**
	 * Where this configuration's migrated schema and ledger are kept for the next
	 * classes; null when they may not be (reuse switched off, or data fixtures to
	 * insert).
	 */
	private final MigratedTemplate template;

	/** This class's claim on the server's database. */
	private final Claims.Claim claim;

	/**
	 * The schema this class's plain upgrade created, when the upgrade wrote no data; null
	 * otherwise.
	 */
	private List<SchemaElement> migratedSchema;

	/**
	 * Whether a test moved the database along the chain ({@link Migrator}): then the
	 * graph's head and the ledger's no longer match the template's.
	 */
	private boolean moved;

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
	 * @param template null when this class may neither keep nor leave a migrated schema
	 */
	ClassState(Configuration configuration, Neo4jServer server, DatabaseRoute route, ClassLoader classLoader,
			List<ResolvedMigration> migrations, boolean readsModels, MigratedTemplate template, Runnable release) {
		this.configuration = configuration;
		this.server = server;
		this.route = route;
		this.classLoader = classLoader;
		this.migrations = migrations;
		this.template = template;
		this.release = release;
		// Every class claims the database, the verdict's included: whatever it does,
		// the server no longer holds what an earlier class left.
		this.claim = server.claims().claim();
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
		Crochet.Builder builder = Crochet.configure().driver(server.driver());
		if (keepsHistoryInGraph()) {
			builder.ledger(LedgerStore.GRAPH);
		}
		else {
			builder.ledger(ledgerFile());
		}
		builder.classLoader(classLoader)
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

	/**
	 * What a class whose configuration passed its verdict did to get its database:
	 * emptied it and migrated it, or kept the migrated schema the server held (deleting
	 * the data, checking the schema, copying the ledger).
	 *
	 * @param kept whether the migrated schema was kept
	 * @param cleanMillis emptying, or deleting the data when kept
	 * @param migrateMillis migrating, or checking the schema and copying the ledger
	 * @param historyInGraph whether the history is kept in the graph (no ledger file to
	 * copy)
	 */
	record Prepared(boolean kept, long cleanMillis, long migrateMillis, boolean historyInGraph) {
	}

	/**
	 * Gives this class the migrated database it needs: keeps the migrated schema when the
	 * server holds this configuration's and the schema checks out, else empties the
	 * database and migrates it.
	 */
	synchronized Prepared prepare() {
		Optional<Set<SchemaElement>> known = template == null ? Optional.empty() : template.schema();
		if (known.isPresent() && configuration.verdictKey().equals(claim.held())) {
			Prepared kept = keepMigratedSchema(known.get());
			if (kept != null) {
				return kept;
			}
		}
		long cleanMillis = clean();
		long start = System.nanoTime();
		migrate(RoundTripMode.NONE);
		long migrateMillis = (System.nanoTime() - start) / 1_000_000;
		if (known.isPresent()) {
			// A plain upgrade of the chain has been seen to write no data and create this
			// schema: no need to look again.
			migratedSchema = List.copyOf(known.get());
		}
		else if (template != null) {
			Fingerprint migrated = crochet.fingerprint();
			// A chain that writes data cannot be kept by deleting the data.
			migratedSchema = migrated.counts().isEmpty() ? migrated.schema() : null;
		}
		return new Prepared(false, cleanMillis, migrateMillis, keepsHistoryInGraph());
	}

	/**
	 * Deletes the data the previous class left and, when the schema is exactly the
	 * migrated one, takes a copy of the migrated ledger (before this class's ledger is
	 * first opened). Returns null, with a fresh ledger, when the previous class changed
	 * the schema.
	 */
	private Prepared keepMigratedSchema(Set<SchemaElement> schema) {
		long start = System.nanoTime();
		try {
			if (!keepsHistoryInGraph()) {
				template.copyLedgerTo(ledgerFile());
			}
		}
		catch (IOException ex) {
			return null;
		}
		crochet.cleanData();
		long deleted = System.nanoTime();
		Fingerprint now = crochet.fingerprint();
		if (now.counts().isEmpty() && Set.copyOf(now.schema()).equals(schema)) {
			migratedSchema = now.schema();
			report = new RoundTripReport(RoundTripMode.NONE, List.of());
			return new Prepared(true, (deleted - start) / 1_000_000, (System.nanoTime() - deleted) / 1_000_000,
					keepsHistoryInGraph());
		}
		// An index or constraint a test created (or dropped): start from scratch.
		closeCrochet();
		crochet = open(false);
		return null;
	}

	private Path ledgerFile() {
		return ledgerDirectory.resolve("ledger.db");
	}

	/**
	 * With the graph ledger the history stays in the kept database (its data deleted
	 * around it), so there is no ledger file to copy.
	 */
	private boolean keepsHistoryInGraph() {
		return configuration.ledgerStore() == LedgerStore.GRAPH;
	}

	/** A test moves the database along the chain: it can no longer be kept as it is. */
	synchronized Crochet moving() {
		moved = true;
		return crochet;
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
			crochet.close();
			if (template != null && migratedSchema != null && !moved) {
				// Closed, the ledger is whole in its file (its write-ahead log is merged
				// on close).
				template.offer(keepsHistoryInGraph() ? null : ledgerFile(), migratedSchema);
				server.claims().holds(claim, configuration.verdictKey());
			}
		}
		finally {
			try {
				TempFolders.deleteQuietly(ledgerDirectory);
			}
			finally {
				release.run();
			}
		}
	}

	private void closeCrochet() {
		try {
			crochet.close();
		}
		finally {
			// A leftover temporary ledger is not worth failing a test class for.
			TempFolders.deleteQuietly(ledgerDirectory);
		}
	}

}
