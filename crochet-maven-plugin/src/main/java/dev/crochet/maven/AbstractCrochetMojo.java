package dev.crochet.maven;

import dev.crochet.Crochet;
import dev.crochet.CrochetException;
import dev.crochet.LedgerStore;
import dev.crochet.embedded.Folders;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every goal shares: the configuration (each parameter also a {@code -Dcrochet.*}
 * property, as in Flyway's plugin), the project's classes, and a {@link Crochet} built
 * from both. Credentials come from a {@code settings.xml} server or the environment only:
 * there is no password parameter.
 */
abstract class AbstractCrochetMojo extends AbstractMojo {

	/** Skips the goal, as {@code -Dcrochet.skip} does in every goal. */
	@Parameter(property = "crochet.skip", defaultValue = "false")
	boolean skip;

	/**
	 * The Neo4j to work on ({@code bolt://}, {@code neo4j://} or their {@code +s} forms);
	 * else {@code CROCHET_NEO4J_URI}.
	 */
	@Parameter(property = "crochet.uri")
	String uri;

	/**
	 * The {@code <server>} of {@code settings.xml} holding the username and password
	 * (encrypted ones too).
	 */
	@Parameter(property = "crochet.serverId")
	String serverId;

	/** A named database (Enterprise); the server's default when unset. */
	@Parameter(property = "crochet.database")
	String database;

	/**
	 * Packages of the {@code @NodeEntity} and {@code @RelationshipEntity} models, scanned
	 * in the compiled classes.
	 */
	@Parameter(property = "crochet.modelPackages")
	List<String> modelPackages;

	/** Packages of the compiled Java migrations. */
	@Parameter(property = "crochet.migrationPackages")
	List<String> migrationPackages;

	/**
	 * More places holding {@code .cypher} migrations: {@code classpath:db/crochet},
	 * {@code file:/path} or a path.
	 */
	@Parameter(property = "crochet.migrationLocations")
	List<String> migrationLocations;

	/**
	 * The folder of {@code .cypher} migrations (read when it exists; where
	 * {@code create-migration -Dcypher} writes).
	 */
	@Parameter(property = "crochet.cypherDirectory", defaultValue = "${project.basedir}/src/main/resources/db/crochet")
	File cypherDirectory;

	/**
	 * Schema snapshot files, one per generated migration; the build copies them to the
	 * class path.
	 */
	@Parameter(property = "crochet.snapshotsDirectory",
			defaultValue = "${project.basedir}/src/main/resources/crochet/snapshots")
	File snapshotsDirectory;

	/**
	 * The ledger file of the configured Neo4j, with {@code ledgerStore} {@code file} (a
	 * SQLite file; keep it where deploys find it again).
	 */
	@Parameter(property = "crochet.ledger", defaultValue = "${project.basedir}/.crochet/ledger.db")
	File ledger;

	/**
	 * Where the configured Neo4j's history is kept: {@code graph}, in the database
	 * itself, so that every machine and build migrating it shares one history (a server
	 * outlives the build); or {@code file}, the {@code ledger} file. Goals on a throwaway
	 * database keep a throwaway file.
	 */
	@Parameter(property = "crochet.ledgerStore", defaultValue = "graph")
	String ledgerStore;

	/**
	 * Name patterns of constraints and indexes owned by something else: listed as
	 * ignored, not as drift.
	 */
	@Parameter(property = "crochet.ignoreSchema")
	List<String> ignoreSchema;

	/**
	 * Where reports go ({@code roundtrip.json}) and where goals that need no ledger keep
	 * a throwaway one.
	 */
	@Parameter(defaultValue = "${project.build.directory}/crochet", readonly = true)
	File reportDirectory;

	@Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
	File classesDirectory;

	@Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
	List<String> classpathElements;

	@Parameter(defaultValue = "${settings}", readonly = true)
	Settings settings;

	@Component
	SettingsDecrypter decrypter;

	/** Environment variables (a field so tests can set their own). */
	Map<String, String> environment = System.getenv();

	/**
	 * SLF4J's simple logger, which Maven's console uses, reads a logger's level when the
	 * logger is made; OGM makes its loggers when its classes first load, after this.
	 */
	static final String OGM_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.neo4j.ogm";

	/** Each line of a multi-line message gets its level's prefix (see LineByLineLog). */
	@Override
	public Log getLog() {
		return new LineByLineLog(super.getLog());
	}

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		// OGM logs its scanning phases at INFO ("Starting Post-processing phase"): noise
		// in every goal. Its warnings stay; a level the user set (-D...) wins.
		if (System.getProperty(OGM_LOG_LEVEL) == null) {
			System.setProperty(OGM_LOG_LEVEL, "warn");
		}
		if (skip) {
			getLog().info("Skipping crochet:" + goal() + " (crochet.skip)");
			return;
		}
		if (!classesDirectory.isDirectory()) {
			throw new MojoExecutionException("crochet:" + goal() + " reads the compiled models and migrations, and "
					+ classesDirectory + " does not exist; compile first (e.g. mvn compile crochet:" + goal() + ")");
		}
		try {
			run();
		}
		catch (CrochetException | UncheckedIOException ex) {
			throw new MojoExecutionException("crochet:" + goal() + " failed: " + ex.getMessage(), ex);
		}
	}

	abstract String goal();

	abstract void run() throws MojoExecutionException, MojoFailureException;

	/** The configured URI, else {@code CROCHET_NEO4J_URI}; null when neither is set. */
	String configuredUri() {
		if (uri != null && !uri.isBlank()) {
			return uri.strip();
		}
		String env = environment.get(Credentials.ENV_URI);
		return env == null || env.isBlank() ? null : env.strip();
	}

	/** The configured URI, or a failure naming the ways to set one. */
	String requiredUri() throws MojoExecutionException {
		String configured = configuredUri();
		if (configured == null) {
			throw new MojoExecutionException("crochet:" + goal()
					+ " works on a configured Neo4j, and none is set: add <uri> to"
					+ " the plugin's <configuration>, pass -Dcrochet.uri=bolt://..., or set " + Credentials.ENV_URI);
		}
		return configured;
	}

	/**
	 * The project's classes: the build's output and its runtime class path, above the
	 * plugin's own Crochet.
	 */
	ProjectClasses classes() throws MojoExecutionException {
		return ProjectClasses.of(classpathElements, getClass().getClassLoader());
	}

	/**
	 * {@code ledgerStore}: {@code graph} (the default) or {@code file}, in any case.
	 * @throws MojoExecutionException naming the value and the allowed ones
	 */
	LedgerStore configuredLedgerStore() throws MojoExecutionException {
		if (ledgerStore == null || ledgerStore.isBlank()) {
			return LedgerStore.GRAPH;
		}
		return switch (ledgerStore.strip().toLowerCase(Locale.ROOT)) {
			case "graph" -> LedgerStore.GRAPH;
			case "file" -> LedgerStore.FILE;
			default -> throw new MojoExecutionException("crochet:" + goal() + ": ledgerStore \"" + ledgerStore
					+ "\" is not a ledger store; use \"graph\" (the history in the database) or \"file\""
					+ " (the history in the ledger file)");
		};
	}

	/**
	 * A Crochet on the project's classes, recording in {@code ledgerFile} (null: in the
	 * graph), on {@code graphUri} (null: no database), authenticated with the configured
	 * credentials when {@code authenticate}.
	 */
	Crochet crochet(ProjectClasses classes, Path ledgerFile, String graphUri, boolean authenticate)
			throws MojoExecutionException {
		Crochet.Builder builder = Crochet.configure();
		if (ledgerFile == null) {
			builder.ledger(LedgerStore.GRAPH);
		}
		else {
			builder.ledger(ledgerFile);
		}
		builder.classLoader(classes.loader())
			.snapshotDirectories(snapshotsDirectory.toPath())
			.ignoreSchema(list(ignoreSchema).toArray(String[]::new));
		if (!list(modelPackages).isEmpty()) {
			builder.modelPackages(list(modelPackages).toArray(String[]::new));
		}
		if (!list(migrationPackages).isEmpty()) {
			builder.migrationPackages(list(migrationPackages).toArray(String[]::new));
		}
		List<String> locations = new ArrayList<>(list(migrationLocations));
		if (cypherDirectory.isDirectory()) {
			// The source folder, not the build's copy: a file create-migration just wrote
			// counts at once.
			locations.add(cypherDirectory.getAbsolutePath());
		}
		if (!locations.isEmpty()) {
			builder.migrationLocations(locations.toArray(String[]::new));
		}
		if (graphUri != null) {
			builder.uri(graphUri);
			if (authenticate) {
				Credentials credentials = Credentials.resolve(serverId, settings, decrypter, environment);
				builder.authentication(credentials.username(), credentials.password());
				if (database != null && !database.isBlank()) {
					builder.database(database);
				}
			}
		}
		if (ledgerFile != null) {
			try {
				Files.createDirectories(ledgerFile.toAbsolutePath().getParent());
			}
			catch (IOException ex) {
				throw new MojoExecutionException(
						"Cannot create the ledger folder " + ledgerFile.getParent() + ": " + ex.getMessage(), ex);
			}
		}
		return builder.load();
	}

	/**
	 * Crochet with no database and a throwaway ledger: the goal only reads models,
	 * migrations and snapshots.
	 */
	Session offline() throws MojoExecutionException {
		return open(null, false, false);
	}

	/** Crochet on the configured Neo4j and its ledger. */
	Session online() throws MojoExecutionException {
		return open(requiredUri(), true, false);
	}

	/**
	 * Crochet on a throwaway database with a throwaway ledger: a fresh embedded Neo4j
	 * when {@code emptyUri} is null, else that (empty) server with the configured
	 * credentials.
	 */
	Session throwaway(String emptyUri) throws MojoExecutionException {
		return open(emptyUri, emptyUri != null, true);
	}

	private Session open(String graphUri, boolean configuredGraph, boolean embeddedWhenNoUri)
			throws MojoExecutionException {
		List<AutoCloseable> resources = new ArrayList<>();
		Path scratch = null;
		try {
			ProjectClasses classes = classes();
			resources.add(classes);
			// The configured Neo4j's history is where ledgerStore says; a throwaway
			// database's is a throwaway file.
			Path ledgerFile = configuredLedgerStore() == LedgerStore.GRAPH ? null : ledger.toPath();
			if (!configuredGraph || embeddedWhenNoUri) {
				Files.createDirectories(reportDirectory.toPath());
				scratch = Files.createTempDirectory(reportDirectory.toPath(), "scratch-");
				ledgerFile = scratch.resolve("ledger.db");
			}
			String target = graphUri;
			if (target == null && embeddedWhenNoUri) {
				var server = Session.embedded();
				resources.add(server);
				target = server.boltUri().toString();
			}
			Crochet crochet = crochet(classes, ledgerFile, target, configuredGraph);
			if (target != null) {
				try {
					crochet.verifyConnectivity();
				}
				catch (RuntimeException ex) {
					crochet.close();
					throw ex;
				}
			}
			return new Session(crochet, resources, scratch);
		}
		catch (IOException | MojoExecutionException | RuntimeException ex) {
			for (int i = resources.size() - 1; i >= 0; i--) {
				try {
					resources.get(i).close();
				}
				catch (Exception ignored) {
					// The first failure is the one to report.
				}
			}
			if (scratch != null) {
				Folders.deleteQuietly(scratch);
			}
			if (ex instanceof MojoExecutionException mojo) {
				throw mojo;
			}
			if (ex instanceof CrochetException crochet) {
				throw new MojoExecutionException("crochet:" + goal() + " failed: " + crochet.getMessage(), crochet);
			}
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new MojoExecutionException("Cannot create a folder in " + reportDirectory + ": " + ex.getMessage(),
					ex);
		}
	}

	static List<String> list(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
	}

	/**
	 * A revision parameter as the facade takes it: null when unset or blank (Maven passes
	 * -Dcrochet.target= as "").
	 */
	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
