package dev.crochet;

import dev.crochet.cypher.ChunkedOperation;
import dev.crochet.diff.SchemaDiff;
import dev.crochet.engine.BatchCensus;
import dev.crochet.engine.CrochetVersion;
import dev.crochet.engine.DataCheck;
import dev.crochet.engine.Engine;
import dev.crochet.engine.Graph;
import dev.crochet.engine.GraphLedger;
import dev.crochet.engine.HistoryBaseline;
import dev.crochet.engine.HistoryImport;
import dev.crochet.engine.HistoryRebuild;
import dev.crochet.engine.OneHistory;
import dev.crochet.engine.RoundTripRunner;
import dev.crochet.engine.Verifier;
import dev.crochet.ir.ModelReader;
import dev.crochet.ir.RecordedRevisions;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SnapshotFiles;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerView;
import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaIgnore;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.MigrationScanner;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.mutation.MutationCheck;
import dev.crochet.mutation.MutationReport;
import dev.crochet.roundtrip.DataFixture;
import dev.crochet.roundtrip.Fingerprint;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import dev.crochet.scaffold.CreatedMigration;
import dev.crochet.scaffold.LiveSchemaSnapshot;
import dev.crochet.scaffold.MigrationFiles;
import dev.crochet.scaffold.MigrationRequest;
import dev.crochet.scaffold.RecordedSchema;
import dev.crochet.scaffold.ScaffoldException;
import dev.crochet.scaffold.SchemaRecorder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The entry point: configure once, then call verbs.
 *
 * <pre>{@code
 * try (Crochet crochet = Crochet.configure()
 *         .uri("bolt://localhost:7687").authentication("neo4j", password)
 *         .ledger(Path.of(".crochet/ledger.db"))
 *         .migrationPackages("com.example.migrations")
 *         .modelPackages("com.example.model")
 *         .load()) {
 *     crochet.upgrade();
 *     System.out.println(crochet.verify().describe());
 * }
 * }</pre>
 *
 * The driver, the ledger, the chain and the model snapshot are created on first use, so
 * verbs that need no database (such as {@link #modelSchema()} and {@link #chain()}) never
 * connect.
 */
public final class Crochet implements AutoCloseable {

	/** Downgrade target that reverts every applied revision. */
	public static final String BASE = Engine.BASE;

	/**
	 * The version of Crochet itself, as batches record it and the JUnit extension's
	 * reports show it.
	 */
	public static final String VERSION = CrochetVersion.VERSION;

	/**
	 * Rows or entities per transaction in data operations unless
	 * {@link Builder#chunkSize} says otherwise. Measured on the embedded server
	 * (crochet-bench, 500,000 relationships matched on a unique key): 10,000 rows per
	 * transaction were 15 to 20% slower than 1,000 or 5,000, for the raw driver and for
	 * Crochet alike; nodes took the same time at 5,000 and 10,000.
	 */
	public static final int DEFAULT_CHUNK_SIZE = ChunkedOperation.DEFAULT_CHUNK_SIZE;

	private final Settings settings;

	private final Lazy<Driver> driver;

	private final Lazy<Graph> graph;

	private final Lazy<Ledger> ledger;

	private final Lazy<MigrationChain> chain;

	private final Lazy<SchemaSnapshot> models;

	private final Engine engine;

	/**
	 * Why {@link #interrupt} was called, or null; handed to the graph whenever it is
	 * created.
	 */
	private volatile String interruption;

	private Crochet(Settings settings) {
		this.settings = settings;
		this.driver = new Lazy<>(this::openDriver);
		this.graph = new Lazy<>(() -> {
			Graph created = new Graph(driver.get(), settings.database, settings.uriForMessages(), settings.chunkSize);
			String reason = interruption;
			if (reason != null) {
				created.interrupt(reason);
			}
			return created;
		});
		this.ledger = new Lazy<>(() -> settings.store == LedgerStore.GRAPH ? GraphLedger.open(graph.get())
				: Ledger.open(settings.ledger));
		this.chain = new Lazy<>(this::buildChain);
		this.models = new Lazy<>(this::readModels);
		// The verbs open the ledger only once a missing one is known to have lost
		// nothing.
		this.engine = new Engine(graph, OneHistory.refusing(settings.store, settings.ledger, ledger, graph), chain,
				models, this::schemaSnapshot, settings.chunkSize, settings.listener, settings.ignoreSchema,
				settings.projectDirectory)
			.waitingForLock(settings.lockWait);
	}

	public static Builder configure() {
		return new Builder();
	}

	/**
	 * What {@code ledger} and the graph behind {@code driver} disagree on: an interrupted
	 * step, a held lock, a batch whose entities are missing or left over. Empty when they
	 * agree. The check {@code verify} runs, for a graph that no {@code Crochet} instance
	 * opened (AssertJ's {@code GraphAssert.matchesLedger}).
	 */
	public static List<String> dataProblems(Driver driver, LedgerView ledger) {
		return DataCheck.problems(driver, null, ledger);
	}

	// ---- verbs
	// -------------------------------------------------------------------------------

	/** Applies every pending revision. */
	public MigrationResult upgrade() {
		return engine.upgrade(null, false);
	}

	/** Applies pending revisions up to and including {@code target} (null: all). */
	public MigrationResult upgrade(String target) {
		return engine.upgrade(target, false);
	}

	/**
	 * As {@link #upgrade(String)}; with {@code dryRun} nothing is executed or recorded.
	 */
	public MigrationResult upgrade(String target, boolean dryRun) {
		return engine.upgrade(target, dryRun);
	}

	/** Reverts the most recent revision. */
	public MigrationResult downgrade() {
		return engine.downgrade(null, false);
	}

	/**
	 * Reverts every revision above {@code target} ({@code target} stays applied);
	 * {@link #BASE} reverts all. Refuses the whole call if any of them is not
	 * rollback-safe.
	 */
	public MigrationResult downgrade(String target) {
		return engine.downgrade(target, false);
	}

	public MigrationResult downgrade(String target, boolean dryRun) {
		return engine.downgrade(target, dryRun);
	}

	public Status status() {
		return engine.status();
	}

	public VerifyReport verify() {
		return new Verifier(engine).verify();
	}

	/**
	 * Moves the history of the ledger file {@code file} into the graph, once: afterwards
	 * the graph keeps its history itself ({@link LedgerStore#GRAPH}) and the file is only
	 * a backup. Everything is copied in one transaction and read back before it counts.
	 *
	 * <pre>{@code
	 * System.out.println(crochet.importLedger(Path.of(".crochet/ledger.db")).describe());
	 * }</pre>
	 * @throws ValidationException when the file holds no ledger or is locked, when the
	 * graph keeps a history already, or when the file's head is not the graph's
	 */
	public LedgerTransfer importLedger(Path file) {
		return new HistoryImport(engine).from(Objects.requireNonNull(file, "file"));
	}

	/**
	 * Writes the configured ledger file again from the graph after it was lost: the chain
	 * up to the graph's head as applied, their snapshots, and the batches the graph's
	 * entities are tagged with. The result names what the graph could not tell.
	 * @throws ValidationException when the file holds a ledger, the graph keeps its
	 * history itself or records no head, the chain lacks the head, or the live schema is
	 * not the head's
	 */
	public LedgerRebuild rebuildLedger() {
		return new HistoryRebuild(engine).into(settings.ledger, settings.store);
	}

	/**
	 * Records a database migrated before Crochet as being at {@code revision} (Flyway's
	 * baseline): the chain up to and including it is recorded as applied without running,
	 * and {@link #upgrade()} applies what follows.
	 * @throws ValidationException when the ledger records applied revisions or the live
	 * schema is not {@code revision}'s
	 * @throws UnknownRevisionException when the chain lacks {@code revision}
	 */
	public Baseline baseline(String revision) {
		return new HistoryBaseline(engine).at(Objects.requireNonNull(revision, "revision"));
	}

	/** The schema IR of the configured models. */
	public SchemaSnapshot modelSchema() {
		SchemaSnapshot snapshot = models.get();
		if (snapshot == null) {
			throw new CrochetException("No model packages or classes are configured");
		}
		return snapshot;
	}

	/**
	 * The schema snapshot of {@code schemaHash}: from the ledger, else from the snapshot
	 * files kept with the migrations ({@link Builder#snapshotDirectories}, then the class
	 * path under {@value SnapshotFiles#RESOURCE_DIR}).
	 */
	public Optional<SchemaSnapshot> schemaSnapshot(String schemaHash) {
		if (schemaHash == null) {
			return Optional.empty();
		}
		// A lookup creates no ledger: where none is, there is nothing in it to find.
		Optional<String> recorded = settings.store == LedgerStore.GRAPH || Ledger.holdsLedger(settings.ledger)
				? ledger.get().snapshot(schemaHash) : Optional.empty();
		return recorded.map(SchemaSnapshot::fromJson)
			.or(() -> SnapshotFiles.find(schemaHash, settings.classLoader, settings.snapshotDirectories));
	}

	/** Models against the head migration, and the live schema against the models. */
	public Drift drift() {
		return withRecordedHead(engine.drift(true));
	}

	/** Models against the head migration only; needs no database. */
	public Drift modelDrift() {
		return withRecordedHead(engine.drift(false));
	}

	/**
	 * A head without schema hash whose schema was recorded ({@link #recordSchema}) is
	 * compared through the recorded one, as if it had declared it.
	 */
	private Drift withRecordedHead(Drift drift) {
		if (drift.modelsChecked()) {
			return drift;
		}
		Optional<String> recorded = chain().head()
			.flatMap(head -> RecordedRevisions.find(head.id(), settings.classLoader, settings.snapshotDirectories));
		if (recorded.isEmpty()) {
			return drift;
		}
		String hash = recorded.get();
		SchemaDiff changes = hash.equals(drift.modelHash()) ? new SchemaDiff(List.of())
				: schemaSnapshot(hash).map(head -> SchemaDiff.between(head, modelSchema()))
					.orElse(new SchemaDiff(List.of()));
		return new Drift(drift.modelHash(), hash, true, changes, drift.missingInGraph(), drift.unexpectedInGraph(),
				drift.ignoredInGraph());
	}

	public LiveSchema liveSchema() {
		return engine.liveSchema();
	}

	public MigrationChain chain() {
		return chain.get();
	}

	/**
	 * Writes a migration generated from the models' diff against the newest migration of
	 * this instance's chain, and the models' schema snapshot; writes nothing when the
	 * models did not change (unless {@link MigrationRequest#empty()}). Needs no database.
	 */
	public CreatedMigration createMigration(MigrationRequest request) {
		return createMigration(request, chain());
	}

	/**
	 * As {@link #createMigration(MigrationRequest)} on top of {@code chain}: the CLI
	 * passes the chain the next build will have (compiled migrations and sources not yet
	 * compiled), so it never forks.
	 * @throws dev.crochet.scaffold.ScaffoldException when there is nothing to diff
	 * against or the file exists
	 */
	public CreatedMigration createMigration(MigrationRequest request, MigrationChain chain) {
		SchemaSnapshot snapshot = models.get();
		return MigrationFiles.create(request, chain, snapshot == null ? SchemaSnapshot.empty() : snapshot,
				this::schemaSnapshot, revision -> recordedHash(revision, request.snapshotDirectory()),
				(hash, json) -> ledger.get().saveSnapshot(hash, json));
	}

	/**
	 * Records the models' schema as the schema of the head migration of this instance's
	 * chain, so that {@link #createMigration} has something to diff against when the
	 * chain was written by hand (no {@code schemaHash}) or its snapshot file never
	 * existed. It <em>assumes</em> that the models describe the head: a model change made
	 * since then counts as migrated. Needs no database.
	 * @param snapshotDirectory where the snapshot file (and, for a head without schema
	 * hash, {@value RecordedRevisions#FILE_NAME}) is written
	 * @param replace record again when the head's schema is recorded already
	 * @throws dev.crochet.scaffold.ScaffoldException when there is no migration, the head
	 * declares a hash the models do not have, or its schema is recorded already (unless
	 * {@code replace})
	 */
	public RecordedSchema recordSchema(Path snapshotDirectory, boolean replace) {
		return recordSchema(snapshotDirectory, replace, false, chain());
	}

	/**
	 * As {@link #recordSchema(Path, boolean)} for the head of {@code chain} (the CLI's
	 * chain of compiled and source migrations).
	 * @param fromDatabase take the constraints and indexes from the database, which must
	 * be at the head, rather than from the models ({@link LiveSchemaSnapshot}): for
	 * models that changed since the head
	 */
	public RecordedSchema recordSchema(Path snapshotDirectory, boolean replace, boolean fromDatabase,
			MigrationChain chain) {
		Objects.requireNonNull(snapshotDirectory, "snapshotDirectory");
		SchemaSnapshot schema = modelSchema();
		List<SchemaElement> notRecorded = List.of();
		if (fromDatabase) {
			String head = SchemaRecorder.head(chain).id();
			String applied = ledger().head().map(AppliedMigration::revision).orElse(null);
			if (!head.equals(applied)) {
				throw new ScaffoldException(ScaffoldException.Reason.DATABASE_NOT_AT_HEAD, head, null,
						"The database is " + (applied == null ? "not migrated" : "at revision " + applied)
								+ ", not at head migration " + head + ", so its schema is not the head's;"
								+ " upgrade it first. Nothing was written");
			}
			boolean enterprise = engine.enterprise();
			LiveSchema live = engine.liveSchema();
			schema = LiveSchemaSnapshot.of(schema, live, enterprise);
			notRecorded = live.unexpected(LiveSchema.declaredBy(schema, enterprise));
		}
		return SchemaRecorder.record(chain, schema, fromDatabase, notRecorded, snapshotDirectory,
				revision -> recordedHash(revision, snapshotDirectory), this::schemaSnapshot, replace);
	}

	/**
	 * The schema hash recorded for a revision that declares none, in {@code directory},
	 * the snapshot directories or on the class path.
	 */
	private Optional<String> recordedHash(String revision, Path directory) {
		List<Path> dirs = new ArrayList<>();
		dirs.add(directory);
		settings.snapshotDirectories.stream().filter(d -> !d.equals(directory)).forEach(dirs::add);
		return RecordedRevisions.find(revision, settings.classLoader, dirs);
	}

	/**
	 * What the ledger this instance records in holds, read-only: only Crochet's verbs
	 * write to it. The ledger is opened on first use, and its file created with its
	 * schema when absent.
	 */
	public LedgerView ledger() {
		return ledger.get();
	}

	/**
	 * The driver (opened on first use; closed with this instance unless it was given).
	 */
	public Driver driver() {
		return driver.get();
	}

	public Fingerprint fingerprint() {
		return engine.fingerprint();
	}

	/** Applies pending revisions with the given round-trip check. */
	public RoundTripReport roundTrip(RoundTripMode mode) {
		return roundTrip(mode, null, List.of());
	}

	public RoundTripReport roundTrip(RoundTripMode mode, String target, List<DataFixture> fixtures) {
		return new RoundTripRunner(engine).run(mode, target, fixtures);
	}

	/**
	 * Proves the round trip sensitive for this chain: runs it on wrong versions (mutants)
	 * of each revision's downgrade and reports which it caught. Needs an empty database
	 * with no revision applied, which it empties as it goes: use a throwaway one. See
	 * docs/mutation-testing.md.
	 */
	public MutationReport mutationCheck() {
		return mutationCheck(List.of());
	}

	/**
	 * As {@link #mutationCheck()}, inserting {@code fixtures} right after their revision
	 * so that mutants meet data.
	 */
	public MutationReport mutationCheck(List<DataFixture> fixtures) {
		return new MutationCheck(engine, chain(), ledger.get(), fixtures).run();
	}

	/**
	 * What makes the graph's data untrustworthy, in {@link #verify()}'s words: a batch
	 * whose entities differ from the ledger's record or that is still open, a held
	 * migration lock, a run that died inside a revision. Empty when the data is what the
	 * ledger says.
	 */
	public List<String> dataProblems() {
		return engine.dataProblems();
	}

	/**
	 * Empties the database: all data, constraints and indexes except token lookups. Tests
	 * only: it refuses unless {@link Builder#cleanEnabled} enabled it, so a production
	 * configuration cannot wipe its database by mistake.
	 * @throws CleanDisabledException unless {@code cleanEnabled(true)} was configured
	 */
	public void cleanDatabase() {
		requireCleanEnabled("cleanDatabase()", "it deletes every node, relationship, index and constraint");
		engine.cleanDatabase();
	}

	/**
	 * Deletes the data but keeps the schema and Crochet's own state: every node (with its
	 * relationships) except those with an internal label ({@code _Crochet...}), in
	 * chunks. What a test needs between methods on a migrated database; the ledger is
	 * left as it is. Refuses unless enabled, as {@link #cleanDatabase()} does.
	 * @throws CleanDisabledException unless {@code cleanEnabled(true)} was configured
	 */
	public void cleanData() {
		requireCleanEnabled("cleanData()", "it deletes every node and relationship except Crochet's own");
		engine.cleanData();
	}

	private void requireCleanEnabled(String verb, String what) {
		if (!settings.cleanEnabled) {
			throw new CleanDisabledException(verb + " is disabled: " + what
					+ ". Enable it with Crochet.configure().cleanEnabled(true) (test setups only)");
		}
	}

	/**
	 * Nodes that carry the batch tag {@code batchId} in the graph now, whatever the
	 * ledger records.
	 */
	public long nodesInBatch(String batchId) {
		return BatchCensus.nodesTagged(graph.get(), Objects.requireNonNull(batchId, "batchId"));
	}

	/**
	 * Relationships that carry the batch tag {@code batchId} in the graph now, whatever
	 * the ledger records.
	 */
	public long relationshipsInBatch(String batchId) {
		return BatchCensus.relationshipsTagged(graph.get(), Objects.requireNonNull(batchId, "batchId"));
	}

	/** Runs a statement outside any migration (fixtures, tests). */
	public void runCypher(String cypher, Map<String, Object> parameters) {
		engine.runCypher(cypher, parameters);
	}

	/**
	 * Settles a step that a killed run left in doubt. Crochet finishes an interrupted
	 * revision exactly from where the graph says it stopped, except after a kill inside
	 * raw Cypher ({@code runCypher}), which may or may not have committed: then the next
	 * upgrade or downgrade refuses, showing the statement, until a person has checked the
	 * graph and said which it was.
	 *
	 * <pre>{@code
	 * crochet.resolveInterruptedStep(true);  // it ran: the next upgrade goes on after it
	 * crochet.upgrade();
	 * }</pre>
	 * @param ran whether the statement ran (the run goes on after it) or not (it runs
	 * again)
	 * @return what was recorded, in a sentence
	 * @throws ValidationException when no step waits for a decision
	 */
	public String resolveInterruptedStep(boolean ran) {
		return engine.resolveInterruptedStep(ran);
	}

	/**
	 * Removes the migration lock from the ledger and the graph, whoever holds it: for a
	 * run that died while holding it. Make sure no other upgrade or downgrade is running
	 * first.
	 * @return the ledger lock's holder before, if it was locked
	 */
	public Optional<String> forceUnlock() {
		Optional<String> holder = ledger.get().lockHolder();
		ledger.get().forceUnlock();
		engine.forceUnlockGraph();
		return holder;
	}

	/**
	 * Asks a running {@link #upgrade} or {@link #downgrade} (on another thread, e.g. a
	 * signal handler) to stop at the next statement or chunk boundary. The revision in
	 * progress is rolled back as a failure would be, a FAILURE event names
	 * {@code reason}, the locks are released, and the call throws
	 * {@link MigrationInterruptedException}. The request stays, as a shutdown does: an
	 * upgrade or downgrade of this instance that starts later (say, a signal came while
	 * the command was still compiling) stops before its first statement.
	 */
	public void interrupt(String reason) {
		// Set first: a graph created from now on reads it (both sides synchronize on the
		// lazy graph).
		interruption = reason == null ? "interrupted" : reason;
		graph.ifCreated(g -> g.interrupt(interruption));
	}

	/**
	 * Checks that Neo4j is reachable and accepts the credentials; fails fast otherwise.
	 */
	public void verifyConnectivity() {
		graph.get().verifyConnectivity();
	}

	@Override
	public void close() {
		ledger.ifCreated(Ledger::close);
		if (settings.driver == null) {
			driver.ifCreated(Driver::close);
		}
	}

	// ---- wiring
	// ------------------------------------------------------------------------------

	private Driver openDriver() {
		if (settings.driver != null) {
			return settings.driver;
		}
		if (settings.uri == null) {
			throw new ConnectionException("No Neo4j URI is configured");
		}
		AuthToken auth = settings.username == null ? AuthTokens.none()
				: AuthTokens.basic(settings.username, settings.password == null ? "" : settings.password);
		Config config = Config.builder()
			.withConnectionTimeout(settings.connectTimeoutSeconds, TimeUnit.SECONDS)
			// The connection timeout covers the TCP connect only; a server that accepts
			// and never answers
			// the Bolt handshake is cut off by the acquisition timeout, so it must be as
			// short.
			.withConnectionAcquisitionTimeout(settings.connectTimeoutSeconds, TimeUnit.SECONDS)
			.withMaxTransactionRetryTime(settings.connectTimeoutSeconds, TimeUnit.SECONDS)
			.build();
		Driver created;
		try {
			created = GraphDatabase.driver(settings.uri, auth, config);
		}
		catch (IllegalArgumentException ex) {
			throw new ConnectionException("Invalid Neo4j URI " + settings.uri + ": " + ex.getMessage(), ex);
		}
		try {
			new Graph(created, settings.database, settings.uri, settings.chunkSize).verifyConnectivity();
		}
		catch (RuntimeException ex) {
			created.close();
			throw ex;
		}
		return created;
	}

	private MigrationChain buildChain() {
		List<ResolvedMigration> all = new ArrayList<>(settings.migrations);
		if (!settings.migrationPackages.isEmpty() || !settings.migrationLocations.isEmpty()) {
			all.addAll(MigrationScanner.scan(settings.classLoader, settings.migrationPackages,
					settings.migrationLocations));
		}
		return MigrationChain.of(all);
	}

	private SchemaSnapshot readModels() {
		if (!settings.modelClasses.isEmpty()) {
			return ModelReader.read(settings.modelClasses);
		}
		if (!settings.modelPackages.isEmpty()) {
			return ModelReader.read(settings.classLoader, settings.modelPackages);
		}
		return null;
	}

	/** Builds an immutable configuration, once. */
	public static final class Builder {

		private final Settings settings = new Settings();

		private Builder() {
		}

		/** {@code bolt://}, {@code neo4j://} (clusters) or their {@code +s} variants. */
		public Builder uri(String uri) {
			settings.uri = uri;
			return this;
		}

		/** Basic authentication; the password is never logged, printed or recorded. */
		public Builder authentication(String username, String password) {
			settings.username = username;
			settings.password = password;
			return this;
		}

		/** Uses an existing driver, which Crochet will not close. */
		public Builder driver(Driver driver) {
			settings.driver = driver;
			return this;
		}

		/** A named database (Enterprise); the server's default when unset. */
		public Builder database(String database) {
			settings.database = database;
			return this;
		}

		/**
		 * Keeps the history in the ledger file {@code file} ({@link LedgerStore#FILE}).
		 */
		public Builder ledger(Path file) {
			settings.ledger = Objects.requireNonNull(file, "ledger file");
			settings.store = LedgerStore.FILE;
			return this;
		}

		/**
		 * Where the history is kept: {@link LedgerStore#GRAPH} (the default) in the
		 * database itself, or {@link LedgerStore#FILE} in the ledger file
		 * ({@code .crochet/ledger.db} unless {@link #ledger(Path)} names another). A
		 * database whose history is kept in the other store is refused, naming what to
		 * run: one database never gets two histories.
		 */
		public Builder ledger(LedgerStore store) {
			settings.store = Objects.requireNonNull(store, "ledger store");
			return this;
		}

		/**
		 * How long {@code upgrade} and {@code downgrade} wait for another run's migration
		 * lock before they fail with {@link LockedException} (zero, the default, fails at
		 * once). Several instances of one application that migrate on startup set a wait,
		 * so the instances that lose the race wait for the winner, then find nothing left
		 * to apply.
		 *
		 * <pre>{@code
		 * Crochet.configure().uri(uri).ledger(LedgerStore.GRAPH).lockWait(Duration.ofMinutes(2)).load();
		 * }</pre>
		 */
		public Builder lockWait(Duration wait) {
			Objects.requireNonNull(wait, "lockWait");
			if (wait.isNegative()) {
				throw new IllegalArgumentException("lockWait must not be negative, but was " + wait);
			}
			settings.lockWait = wait;
			return this;
		}

		/**
		 * The project's folder (the working directory by default; the CLI passes the
		 * folder of {@code crochet.toml}). A batch's source file inside it is recorded in
		 * the ledger relative to it, and {@code verify} reads it back from there, so a
		 * project that was moved or copied checks its own files.
		 *
		 * <pre>{@code
		 * Crochet.configure()...projectDirectory(Path.of("/srv/graph")).load();
		 * }</pre>
		 */
		public Builder projectDirectory(Path directory) {
			settings.projectDirectory = Objects.requireNonNull(directory, "projectDirectory")
				.toAbsolutePath()
				.normalize();
			return this;
		}

		public Builder migrationPackages(String... packages) {
			settings.migrationPackages.addAll(List.of(packages));
			return this;
		}

		/**
		 * {@code classpath:db/crochet}, {@code file:/path} or a plain path holding
		 * {@code .cypher} migrations.
		 */
		public Builder migrationLocations(String... locations) {
			settings.migrationLocations.addAll(List.of(locations));
			return this;
		}

		/**
		 * Migrations built in code (no scanning), added to any found in packages and
		 * locations.
		 */
		public Builder migrations(Collection<ResolvedMigration> migrations) {
			settings.migrations.addAll(migrations);
			return this;
		}

		public Builder modelPackages(String... packages) {
			settings.modelPackages.addAll(List.of(packages));
			return this;
		}

		public Builder modelClasses(Class<?>... classes) {
			settings.modelClasses.addAll(List.of(classes));
			return this;
		}

		public Builder modelClasses(Collection<Class<?>> classes) {
			settings.modelClasses.addAll(classes);
			return this;
		}

		/**
		 * Where migrations and models are looked up (the CLI passes the loader of
		 * compiled sources).
		 */
		public Builder classLoader(ClassLoader classLoader) {
			settings.classLoader = Objects.requireNonNull(classLoader, "classLoader");
			return this;
		}

		/**
		 * Directories of schema snapshot files ({@code <hash>.json}, see
		 * {@link SnapshotFiles}), looked up when the ledger lacks a snapshot; the class
		 * path under {@value SnapshotFiles#RESOURCE_DIR} is always looked at after them.
		 */
		public Builder snapshotDirectories(Path... directories) {
			for (Path directory : directories) {
				settings.snapshotDirectories.add(Objects.requireNonNull(directory, "directory"));
			}
			return this;
		}

		/**
		 * Rows or entities per transaction in data operations;
		 * {@link #DEFAULT_CHUNK_SIZE} (5,000) by default.
		 */
		public Builder chunkSize(int chunkSize) {
			if (chunkSize < 1) {
				throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
			}
			settings.chunkSize = chunkSize;
			return this;
		}

		/** How long to wait for Neo4j before failing (5 s by default). */
		public Builder connectTimeoutSeconds(int seconds) {
			settings.connectTimeoutSeconds = seconds;
			return this;
		}

		/**
		 * Constraints and indexes owned by something else (a plugin's indexes, say):
		 * drift checks list those whose names match one of these globs ({@code *} any run
		 * of characters, {@code ?} one) as ignored instead of reporting them. Keep the
		 * list narrow: a blank pattern or one without a literal character ({@code *},
		 * {@code **}) is refused.
		 *
		 * <pre>{@code
		 * Crochet.configure()...ignoreSchema("bloom_*").load();
		 * }</pre>
		 * @throws IllegalArgumentException naming the pattern
		 */
		public Builder ignoreSchema(String... patterns) {
			settings.ignoreSchema = settings.ignoreSchema.and(Arrays.asList(patterns));
			return this;
		}

		/**
		 * Allows {@link Crochet#cleanDatabase()} and {@link Crochet#cleanData()}, which
		 * refuse by default (as Flyway's {@code cleanDisabled} does): enable them in test
		 * setups only.
		 *
		 * <pre>{@code
		 * Crochet.configure()...cleanEnabled(true).load().cleanDatabase();
		 * }</pre>
		 */
		public Builder cleanEnabled(boolean enabled) {
			settings.cleanEnabled = enabled;
			return this;
		}

		public Builder listener(ProgressListener listener) {
			settings.listener = Objects.requireNonNull(listener, "listener");
			return this;
		}

		public Crochet load() {
			return new Crochet(settings.copy());
		}

	}

	/**
	 * Mutable while building, copied once into the instance; deliberately without
	 * toString.
	 */
	private static final class Settings {

		String uri;

		String username;

		String password;

		Driver driver;

		String database;

		Path ledger = Path.of(".crochet", "ledger.db");

		LedgerStore store = LedgerStore.GRAPH;

		Duration lockWait = Duration.ZERO;

		Path projectDirectory = Path.of("").toAbsolutePath();

		final List<String> migrationPackages = new ArrayList<>();

		final List<String> migrationLocations = new ArrayList<>();

		final List<String> modelPackages = new ArrayList<>();

		final List<ResolvedMigration> migrations = new ArrayList<>();

		final List<Class<?>> modelClasses = new ArrayList<>();

		final List<Path> snapshotDirectories = new ArrayList<>();

		ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
				? Thread.currentThread().getContextClassLoader() : Crochet.class.getClassLoader();

		int chunkSize = DEFAULT_CHUNK_SIZE;

		int connectTimeoutSeconds = 5;

		ProgressListener listener = ProgressListener.NONE;

		SchemaIgnore ignoreSchema = SchemaIgnore.NONE;

		boolean cleanEnabled;

		String uriForMessages() {
			return uri != null ? uri : "the configured driver";
		}

		Settings copy() {
			Settings copy = new Settings();
			copy.uri = uri;
			copy.username = username;
			copy.password = password;
			copy.driver = driver;
			copy.database = database;
			copy.ledger = ledger;
			copy.store = store;
			copy.lockWait = lockWait;
			copy.projectDirectory = projectDirectory;
			copy.migrationPackages.addAll(migrationPackages);
			copy.migrationLocations.addAll(migrationLocations);
			copy.modelPackages.addAll(modelPackages);
			copy.migrations.addAll(migrations);
			copy.modelClasses.addAll(modelClasses);
			copy.snapshotDirectories.addAll(snapshotDirectories);
			copy.classLoader = classLoader;
			copy.chunkSize = chunkSize;
			copy.connectTimeoutSeconds = connectTimeoutSeconds;
			copy.listener = listener;
			copy.ignoreSchema = ignoreSchema;
			copy.cleanEnabled = cleanEnabled;
			return copy;
		}

	}

	/** A value created on first use, once, thread-safely. */
	private static final class Lazy<T> implements Supplier<T> {

		private final Supplier<T> factory;

		private volatile boolean created;

		private T value;

		Lazy(Supplier<T> factory) {
			this.factory = factory;
		}

		@Override
		public synchronized T get() {
			if (!created) {
				value = factory.get();
				created = true;
			}
			return value;
		}

		synchronized void ifCreated(Consumer<T> action) {
			if (created && value != null) {
				action.accept(value);
			}
		}

	}

}
