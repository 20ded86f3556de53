package dev.crochet.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.crochet.LedgerStore;
import dev.crochet.live.SchemaIgnore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * A Crochet project on disk: {@code crochet.toml} read with Jackson TOML, the environment
 * overrides, and the paths derived from both. The password is never stored here;
 * {@link #password()} reads it from the environment each time.
 */
final class Project {

	static final String CONFIG_FILE = "crochet.toml";

	static final String ENV_URI = "CROCHET_NEO4J_URI";

	static final String ENV_USERNAME = "CROCHET_NEO4J_USERNAME";

	static final String ENV_PASSWORD = "CROCHET_NEO4J_PASSWORD";

	private final Path dir;

	private final JsonNode config;

	private final Map<String, String> environment;

	private Project(Path dir, JsonNode config, Map<String, String> environment) {
		this.dir = dir;
		this.config = config;
		this.environment = environment;
	}

	static Project load(Path dir, Map<String, String> environment) {
		Path directory = dir.toAbsolutePath().normalize();
		Path file = directory.resolve(CONFIG_FILE);
		if (!Files.isRegularFile(file)) {
			throw new CliException(ExitCode.USAGE, "No " + CONFIG_FILE + " in " + directory
					+ "; run 'crochet new-project --name <name>' or pass --project-dir");
		}
		JsonNode config;
		try {
			config = new TomlMapper().readTree(file.toFile());
		}
		catch (JacksonException ex) {
			throw new CliException(ExitCode.USAGE, "Malformed " + CONFIG_FILE + ": " + ex.getOriginalMessage()
					+ (ex.getLocation() != null ? " (line " + ex.getLocation().getLineNr() + ")" : ""), ex);
		}
		catch (IOException ex) {
			throw new CliException(ExitCode.USAGE, "Cannot read " + file + ": " + ex.getMessage(), ex);
		}
		Project project = new Project(directory, config == null ? new TomlMapper().createObjectNode() : config,
				environment);
		project.validate();
		return project;
	}

	private void validate() {
		for (String section : ConfigKeys.TABLES.keySet()) {
			JsonNode node = config.get(section);
			if (node != null && !node.isObject()) {
				throw new CliException(ExitCode.USAGE,
						"Malformed " + CONFIG_FILE + ": '" + section + "' must be a [" + section + "] table");
			}
		}
		if (config.path("neo4j").has("password")) {
			throw new CliException(ExitCode.USAGE, CONFIG_FILE
					+ " must not hold a password: remove [neo4j] password and set " + ENV_PASSWORD + " instead");
		}
		ConfigKeys.refuseUnknown(config);
		ignoreSchema();
		ledgerStore();
		requireLedgerFolder();
		// The layout keys are checked up front: a typo here would otherwise surface as a
		// migration in the wrong place.
		for (String key : List.of("migrations_path", "java_migrations_path", "cypher_migrations_path",
				"snapshots_path")) {
			text("project", key, null);
		}
		String pkg = text("project", "migrations_package", null);
		if (pkg != null) {
			if (!SourceVersion.isName(pkg)) {
				throw new CliException(ExitCode.USAGE, "Malformed " + CONFIG_FILE + ": [project] migrations_package '"
						+ pkg
						+ "' is not a valid Java package name (dot-separated identifiers, e.g. com.example.migrations)");
			}
			List<String> scanned = strings("project", "migration_packages");
			if (!scanned.isEmpty() && scanned.stream().noneMatch(s -> pkg.equals(s) || pkg.startsWith(s + "."))) {
				throw new CliException(ExitCode.USAGE,
						"Malformed " + CONFIG_FILE + ": [project] migrations_package '" + pkg
								+ "' is not in [project] migration_packages " + scanned
								+ ", so its migrations would never be found;" + " add it there");
			}
		}
	}

	Path dir() {
		return dir;
	}

	String name() {
		return text("project", "name", dir.getFileName() == null ? "crochet" : dir.getFileName().toString());
	}

	Path modelsDir() {
		return dir.resolve(text("project", "models_path", "models")).normalize();
	}

	/**
	 * The default folder of Java and Cypher migrations (a {@code new-project} layout
	 * keeps both in {@code migrations/}).
	 */
	Path migrationsDir() {
		return dir.resolve(text("project", "migrations_path", "migrations")).normalize();
	}

	/**
	 * Where Java migrations are written, compiled (without [project] classpath) and read
	 * as sources: {@code <java_migrations_path>/<migrations_package as folders>}. Without
	 * either key it is {@code migrations_path} itself, holding package {@code migrations}
	 * flat as {@code new-project} made it.
	 */
	Path javaMigrationsDir() {
		String root = text("project", "java_migrations_path", null);
		String pkg = text("project", "migrations_package", null);
		if (root == null && pkg == null) {
			return migrationsDir();
		}
		Path base = root == null ? migrationsDir() : dir.resolve(root).normalize();
		return base.resolve(migrationsPackage().replace('.', '/')).normalize();
	}

	/**
	 * The package line of a generated Java migration: {@code migrations_package}, else
	 * the one {@code migration_packages} entry (so the class is in a scanned package),
	 * else {@code migrations}.
	 */
	String migrationsPackage() {
		String pkg = text("project", "migrations_package", null);
		if (pkg != null) {
			return pkg;
		}
		List<String> scanned = strings("project", "migration_packages");
		return scanned.size() == 1 ? scanned.get(0) : "migrations";
	}

	Path cypherMigrationsDir() {
		String path = text("project", "cypher_migrations_path", null);
		return path == null ? migrationsDir() : dir.resolve(path).normalize();
	}

	/**
	 * Refuses a project whose migrations folder is missing, naming the folder and the key
	 * that sets it: before, a mistyped {@code migrations_path} read as "no migrations"
	 * and an upgrade exited 0 having done nothing. Checked are the folders migrations are
	 * read from: without [project] classpath the Java and the Cypher folder; with it (a
	 * build compiles the migrations) only the keys set explicitly, except
	 * {@code cypher_migrations_path}, whose folder a build-based project only has once it
	 * has a Cypher migration.
	 * @throws CliException exit 2, before anything is compiled or opened
	 */
	Project requireMigrationFolders() {
		List<String> keys = new ArrayList<>();
		if (usesBuildClasses()) {
			keys.add("migrations_path");
			keys.add("java_migrations_path");
		}
		else {
			keys.add(
					text("project", "java_migrations_path", null) == null ? "migrations_path" : "java_migrations_path");
			keys.add(text("project", "cypher_migrations_path", null) == null ? "migrations_path"
					: "cypher_migrations_path");
		}
		for (String key : keys.stream().distinct().toList()) {
			String configured = text("project", key, null);
			if (configured == null && (usesBuildClasses() || !key.equals("migrations_path"))) {
				continue;
			}
			Path folder = dir.resolve(configured == null ? "migrations" : configured).normalize();
			if (Files.isDirectory(folder)) {
				continue;
			}
			String what = Files.exists(folder) ? "is not a folder" : "does not exist";
			throw new CliException(ExitCode.USAGE,
					configured == null
							? "The migrations folder " + folder + " " + what
									+ " (crochet.toml sets no [project] migrations_path, so it is"
									+ " the default 'migrations'); create it, or set [project] migrations_path"
							: "The migrations folder " + folder + " " + what + " ([project] " + key + " = \""
									+ configured + "\" in " + CONFIG_FILE + "); create it, or correct " + key);
		}
		return this;
	}

	/**
	 * Schema snapshot files, one per generated migration's schema: committed with the
	 * migrations.
	 */
	Path snapshotsDir() {
		return dir.resolve(text("project", "snapshots_path", "snapshots")).normalize();
	}

	Path stateDir() {
		return dir.resolve(".crochet");
	}

	/**
	 * Compiled models and migrations, one folder per set of sources (see
	 * {@link CompiledClasses}).
	 */
	Path compiledDir() {
		return stateDir().resolve("compiled");
	}

	Path storeDir() {
		return stateDir().resolve("neo4j");
	}

	/**
	 * Where the history is kept: {@code [ledger] store}, else the graph when a URI is
	 * configured (a server outlives the process and is shared by every machine that
	 * migrates it), else the file (the embedded store lives in this project folder only).
	 * @throws CliException exit 2 for a value other than {@code "graph"} or
	 * {@code "file"}
	 */
	LedgerStore ledgerStore() {
		String configured = text("ledger", "store", null);
		if (configured == null) {
			return uri() != null ? LedgerStore.GRAPH : LedgerStore.FILE;
		}
		return switch (configured.strip().toLowerCase(Locale.ROOT)) {
			case "graph" -> LedgerStore.GRAPH;
			case "file" -> LedgerStore.FILE;
			default -> throw new CliException(ExitCode.USAGE,
					"Malformed " + CONFIG_FILE + ": [ledger] store = \"" + configured
							+ "\" is not a ledger store; use \"graph\" (the history in the database) or \"file\""
							+ " (the history in the ledger file [ledger] path)");
		};
	}

	/** Whether the history is kept in the ledger file ({@code [ledger] store}). */
	boolean keepsLedgerFile() {
		return ledgerStore() == LedgerStore.FILE;
	}

	Path ledgerFile() {
		return dir.resolve(text("ledger", "path", ".crochet/ledger.db")).normalize();
	}

	/**
	 * Refuses a [ledger] path whose folder does not exist, naming both: the ledger is
	 * created where it is pointed, parent folders included, so a mistyped path made
	 * folders (outside the project, for a path starting with {@code ..}) and a new, empty
	 * ledger in them. Crochet's own folder {@code .crochet}, where the default path lies,
	 * is created as before.
	 * @throws CliException exit 2, before anything is opened
	 */
	private void requireLedgerFolder() {
		String configured = text("ledger", "path", null);
		Path folder = ledgerFile().getParent();
		if (configured == null || !keepsLedgerFile() || folder == null || folder.startsWith(stateDir())
				|| Files.isDirectory(folder)) {
			return;
		}
		String what = Files.exists(folder) ? "is not a folder" : "does not exist";
		throw new CliException(ExitCode.USAGE, "The ledger folder " + folder + " " + what + " ([ledger] path = \""
				+ configured + "\" in " + CONFIG_FILE + "); create it, or correct [ledger] path");
	}

	/**
	 * Compiled classes to use instead of compiling {@code models/} and
	 * {@code migrations/}; empty when unset.
	 */
	List<Path> classpath() {
		return strings("project", "classpath").stream().map(p -> dir.resolve(p).normalize()).toList();
	}

	List<String> modelPackages() {
		List<String> packages = strings("project", "model_packages");
		return packages.isEmpty() ? List.of("models") : packages;
	}

	/**
	 * Scanned for compiled Java migrations: {@code migration_packages}, else the package
	 * create-migration writes.
	 */
	List<String> migrationPackages() {
		List<String> packages = strings("project", "migration_packages");
		return packages.isEmpty() ? List.of(migrationsPackage()) : packages;
	}

	/**
	 * Whether the project's classes come from a build ([project] classpath) rather than
	 * from the CLI compiling them.
	 */
	boolean usesBuildClasses() {
		return !classpath().isEmpty();
	}

	/** The configured URI ({@value #ENV_URI} first), or null for the embedded store. */
	String uri() {
		String env = environment.get(ENV_URI);
		if (env != null && !env.isBlank()) {
			return env.strip();
		}
		String uri = text("neo4j", "uri", null);
		return uri == null || uri.isBlank() ? null : uri.strip();
	}

	String username() {
		String env = environment.get(ENV_USERNAME);
		return env != null && !env.isBlank() ? env.strip() : text("neo4j", "username", "neo4j");
	}

	/** From {@value #ENV_PASSWORD} only; never logged or printed. */
	String password() {
		return environment.get(ENV_PASSWORD);
	}

	String database() {
		return text("neo4j", "database", null);
	}

	/**
	 * {@code [schema] ignore}: name patterns of constraints and indexes owned by
	 * something else, which {@code check} and {@code verify} list as ignored instead of
	 * reporting as drift.
	 */
	List<String> ignoreSchema() {
		List<String> patterns = strings("schema", "ignore");
		try {
			SchemaIgnore.of(patterns);
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(ExitCode.USAGE, "Malformed " + CONFIG_FILE + ": [schema] ignore: " + ex.getMessage(),
					ex);
		}
		return patterns;
	}

	String relative(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(dir) ? dir.relativize(absolute).toString() : absolute.toString();
	}

	private String text(String section, String key, String fallback) {
		JsonNode value = config.path(section).get(key);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (!value.isTextual()) {
			throw new CliException(ExitCode.USAGE,
					"Malformed " + CONFIG_FILE + ": [" + section + "] " + key + " must be a string");
		}
		return value.asText();
	}

	private List<String> strings(String section, String key) {
		JsonNode value = config.path(section).get(key);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (value.isTextual()) {
			return List.of(value.asText());
		}
		List<String> out = new ArrayList<>();
		if (value.isArray()) {
			for (JsonNode item : value) {
				if (!item.isTextual()) {
					break;
				}
				out.add(item.asText());
			}
			if (out.size() == value.size()) {
				return out;
			}
		}
		throw new CliException(ExitCode.USAGE,
				"Malformed " + CONFIG_FILE + ": [" + section + "] " + key + " must be a string or a list of strings");
	}

}
