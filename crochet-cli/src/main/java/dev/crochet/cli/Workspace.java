package dev.crochet.cli;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.ProgressListener;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.embedded.Folders;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One command's view of a project: its compiled classes, a {@link Crochet} configured
 * from {@code crochet.toml}, and, when no URI is configured, the embedded store under
 * {@code .crochet/neo4j} (started only if the command touches the database).
 */
final class Workspace implements AutoCloseable {

	private final Project project;

	private final ProjectClasses classes;

	private final Crochet crochet;

	private final EmbeddedNeo4j embedded;

	private final String uri;

	/**
	 * The ledger file this workspace records in (a copy when reading one), or null when
	 * the history is kept in the graph.
	 */
	private final Path ledger;

	/** What else {@link #close()} removes (a ledger copy). */
	private final List<Runnable> cleanup = new ArrayList<>();

	/**
	 * The project's store when the embedded Neo4j runs on a copy of it (a read-only
	 * store), else null.
	 */
	private Path readingCopyOf;

	/** Unregisters this workspace from {@link InterruptSignals} on close. */
	private final Runnable signals;

	private Workspace(Project project, ProjectClasses classes, Crochet crochet, EmbeddedNeo4j embedded, String uri,
			Path ledger) {
		this.project = project;
		this.classes = classes;
		this.crochet = crochet;
		this.embedded = embedded;
		this.uri = uri;
		this.ledger = ledger;
		this.signals = InterruptSignals.running(this::interrupt);
	}

	/**
	 * Asks a running upgrade or downgrade to stop at its next statement or chunk boundary
	 * (on SIGTERM or Ctrl-C); it then fails with a MigrationInterruptedException after
	 * rolling back and unlocking.
	 */
	void interrupt(String reason) {
		crochet.interrupt(reason);
	}

	/**
	 * Where the graph lives and which ledger records it.
	 *
	 * @param ledger the ledger file, or null for the history kept in the graph
	 */
	record Target(String uri, boolean withCredentials, Path ledger) {

		/** The project's own database and the store of its history. */
		static Target of(Project project) {
			return new Target(project.uri(), true, project.keepsLedgerFile() ? project.ledgerFile() : null);
		}

	}

	/** A workspace on the project's own database and ledger. */
	static Workspace open(Project project, boolean database, ProgressListener listener) {
		return open(project, database, listener, Target.of(project), project.uri() == null ? project.storeDir() : null);
	}

	/**
	 * A workspace on the project's database and ledger without its classes, for
	 * {@code unlock}: the lock belongs to the ledger and the graph, so a project that
	 * does not compile right now (a migration half edited when the run died) can still be
	 * unlocked, and nothing is compiled.
	 */
	static Workspace openWithoutClasses(Project project, ProgressListener listener) {
		String uri = project.uri();
		EmbeddedStart start = uri == null ? EmbeddedStart.begin(project, project.storeDir()) : null;
		return open(project, true, listener, Target.of(project), ProjectClasses.NONE,
				start == null ? null : start.await());
	}

	/**
	 * A workspace for a command that only reads ({@code status}, {@code verify}): when
	 * the ledger or the embedded store cannot be written (a read-only checkout, a
	 * read-only mount), it reads a copy of it in a temporary folder, and says so on
	 * stderr. SQLite cannot open a write-ahead-log ledger in a folder it may not write
	 * to, and Neo4j writes a lock file into its store even to read, so "read-only" would
	 * otherwise mean "cannot be opened".
	 */
	static Workspace openForReading(Project project, boolean database, ProgressListener listener, PrintWriter err) {
		// The graph ledger is read through the database: only a ledger file is copied.
		Path ledger = Target.of(project).ledger();
		boolean copyLedger = ledger != null && Files.isRegularFile(ledger)
				&& !(Files.isWritable(ledger) && Files.isWritable(ledger.toAbsolutePath().getParent()));
		Path store = project.uri() == null ? project.storeDir() : null;
		boolean copyStore = database && store != null && StoreCopy.needed(store);
		if (!copyLedger && !copyStore) {
			return open(project, database, listener);
		}
		List<Path> copies = new ArrayList<>();
		try {
			if (copyLedger) {
				Path copy = LedgerCopy.of(ledger);
				copies.add(copy.getParent());
				err.println("crochet: " + project.relative(ledger)
						+ " cannot be written (permission denied); reading a copy of it");
				ledger = copy;
			}
			if (copyStore) {
				Path copy = StoreCopy.of(store, project.relative(store));
				copies.add(copy);
				err.println("crochet: " + project.relative(store)
						+ " cannot be written (permission denied); reading a copy of it");
				store = copy;
			}
			err.flush();
			Workspace workspace = open(project, database, listener, new Target(project.uri(), true, ledger), store);
			if (copyStore) {
				workspace.readingCopyOf = project.storeDir();
			}
			copies.forEach(copy -> workspace.cleanup.add(() -> Folders.delete(copy)));
			return workspace;
		}
		catch (RuntimeException ex) {
			copies.forEach(Folders::delete);
			throw ex;
		}
	}

	/**
	 * @param store the embedded store to start when {@code target.uri()} is null; null
	 * for a throwaway temporary one
	 */
	static Workspace open(Project project, boolean needsDatabase, ProgressListener listener, Target target,
			Path store) {
		boolean embedded = needsDatabase && target.uri() == null;
		// An existing (or throwaway) store starts while the project compiles; a new one
		// is only created
		// once the project compiled, so that a compile error leaves no store behind.
		EmbeddedStart start = embedded && (store == null || Files.isDirectory(store))
				? EmbeddedStart.begin(project, store) : null;
		ProjectClasses classes;
		try {
			classes = ProjectClasses.load(project);
		}
		catch (RuntimeException ex) {
			if (start != null) {
				start.abandon();
			}
			throw ex;
		}
		try {
			if (embedded && start == null) {
				start = EmbeddedStart.begin(project, store);
			}
			return open(project, needsDatabase, listener, target, classes, start == null ? null : start.await());
		}
		catch (RuntimeException ex) {
			classes.close();
			throw ex;
		}
	}

	/**
	 * @param embedded the started embedded store, or null when the command uses a URI or
	 * no database
	 */
	private static Workspace open(Project project, boolean database, ProgressListener listener, Target target,
			ProjectClasses classes, EmbeddedNeo4j embedded) {
		String uri = embedded == null ? target.uri() : embedded.boltUri().toString();
		try {
			Path ledger = target.ledger();
			Crochet.Builder builder = Crochet.configure();
			if (ledger == null) {
				builder.ledger(LedgerStore.GRAPH);
			}
			else {
				Files.createDirectories(ledger.toAbsolutePath().getParent());
				builder.ledger(ledger);
			}
			builder.projectDirectory(project.dir())
				.classLoader(classes.loader())
				.snapshotDirectories(project.snapshotsDir())
				.ignoreSchema(project.ignoreSchema().toArray(String[]::new))
				.listener(listener);
			if (uri != null) {
				builder.uri(uri);
			}
			if (target.withCredentials() && embedded == null && target.uri() != null) {
				builder.authentication(project.username(), project.password());
				if (project.database() != null) {
					builder.database(project.database());
				}
			}
			if (!classes.modelPackages().isEmpty()) {
				builder.modelPackages(classes.modelPackages().toArray(String[]::new));
			}
			if (!classes.migrationPackages().isEmpty()) {
				builder.migrationPackages(classes.migrationPackages().toArray(String[]::new));
			}
			if (classes != ProjectClasses.NONE && hasCypherFiles(project.cypherMigrationsDir())) {
				// The source folder, not the build's copy: a file create-migration just
				// wrote counts at once.
				builder.migrationLocations(project.cypherMigrationsDir().toString());
			}
			Crochet crochet = builder.load();
			if (database) {
				try {
					// Fail fast and clearly (exit 4) rather than halfway through a
					// command.
					crochet.verifyConnectivity();
				}
				catch (RuntimeException ex) {
					crochet.close();
					throw ex;
				}
			}
			return new Workspace(project, classes, crochet, embedded, uri, ledger);
		}
		catch (IOException | RuntimeException ex) {
			if (embedded != null) {
				embedded.close();
			}
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new CliException(ExitCode.USAGE,
					"Cannot create the ledger folder: " + FileErrors.describe((IOException) ex), ex);
		}
	}

	private static boolean hasCypherFiles(Path dir) {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (var walk = Files.walk(dir)) {
			return walk.anyMatch(p -> p.toString().endsWith(".cypher"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Runs {@code run} (an upgrade or downgrade) watching the free space of the embedded
	 * store and the ledger's folder: if it fails after one of them ran full, the failure
	 * carries a {@link NoSpaceLeft} note naming it.
	 */
	<T> T watchingSpace(Supplier<T> run) {
		List<Path> folders = new ArrayList<>();
		if (embedded != null) {
			folders.add(embedded.storeDirectory());
		}
		if (ledger != null) {
			folders.add(ledger.toAbsolutePath().getParent());
		}
		try (SpaceWatch watch = SpaceWatch.start(folders)) {
			try {
				return run.get();
			}
			catch (RuntimeException ex) {
				watch.ranFull().ifPresent(folder -> ex.addSuppressed(new NoSpaceLeft(folder)));
				throw ex;
			}
		}
	}

	Project project() {
		return project;
	}

	Crochet crochet() {
		return crochet;
	}

	boolean hasModels() {
		return !classes.modelPackages().isEmpty();
	}

	boolean embedded() {
		return embedded != null;
	}

	/** For messages: the URI, or where the embedded store lives. */
	String where() {
		if (embedded != null) {
			return "embedded Neo4j in " + (readingCopyOf == null ? project.relative(embedded.storeDirectory())
					: project.relative(readingCopyOf) + " (a copy: the folder is read-only)");
		}
		return uri == null ? "no database" : uri;
	}

	/**
	 * For messages: where the history is, the ledger file (relative to the project) or
	 * the graph ledger's {@link dev.crochet.ledger.LedgerView#location() location}.
	 */
	String history() {
		if (ledger == null) {
			return crochet.ledger().location();
		}
		Path file = project.ledgerFile();
		return "the ledger file " + project.relative(file)
				+ (ledger.equals(file) ? "" : " (a copy: the file is read-only)");
	}

	@Override
	public void close() {
		List<Runnable> steps = new ArrayList<>();
		steps.add(signals);
		steps.add(crochet::close);
		if (embedded != null) {
			steps.add(() -> StoreClose.within(embedded, project));
		}
		// Last: the store and Crochet may still load project classes while they close.
		steps.add(classes::close);
		steps.addAll(cleanup);
		RuntimeException first = null;
		for (Runnable step : steps) {
			try {
				step.run();
			}
			catch (RuntimeException ex) {
				first = first == null ? ex : first;
			}
		}
		if (first != null) {
			throw first;
		}
	}

}
