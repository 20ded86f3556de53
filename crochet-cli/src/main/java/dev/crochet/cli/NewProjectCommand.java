package dev.crochet.cli;

import dev.crochet.Crochet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code crochet new-project --name N}: crochet.toml, models/, migrations/,
 * .crochet/ledger.db (for the embedded store; with {@code --uri} the history is kept in
 * the graph), .gitignore.
 */
@Command(name = "new-project", mixinStandardHelpOptions = true, description = {
		"Create a project folder NAME (inside --project-dir) holding crochet.toml, models/, migrations/,",
		".crochet/ledger.db (without --uri) and a .gitignore for .crochet/. Refuses to touch an existing", "project." })
final class NewProjectCommand extends ProjectCommand {

	@Option(names = "--name", required = true, paramLabel = "NAME",
			description = "Project name, also the folder created.")
	String name;

	@Option(names = "--uri", paramLabel = "URI",
			description = "Neo4j URI to write into crochet.toml. Default: none (embedded store).")
	String uri;

	@Option(names = "--username", paramLabel = "USER",
			description = "Neo4j user to write into crochet.toml (with --uri). Default: neo4j.")
	String username;

	@Override
	public Integer call() throws IOException {
		if (name.isBlank() || !name.matches("[A-Za-z0-9._-]+") || name.equals(".") || name.equals("..")) {
			throw new CliException(ExitCode.USAGE,
					"Invalid project name '" + name + "': use letters, digits, '.', '_' and '-'");
		}
		Path dir = root().projectDir().resolve(name);
		if (Files.exists(dir.resolve(Project.CONFIG_FILE))) {
			throw new CliException(ExitCode.USAGE,
					"A project already exists in " + dir + " (" + Project.CONFIG_FILE + " found); nothing was changed");
		}
		for (String existing : new String[] { "models", "migrations", ".crochet" }) {
			if (Files.exists(dir.resolve(existing))) {
				throw new CliException(ExitCode.USAGE, dir.resolve(existing) + " already exists; nothing was changed");
			}
		}
		Files.createDirectories(dir.resolve("models"));
		Files.createDirectories(dir.resolve("migrations"));
		Files.createDirectories(dir.resolve(".crochet"));
		Files.writeString(dir.resolve(Project.CONFIG_FILE), config());
		Path gitignore = dir.resolve(".gitignore");
		if (!Files.exists(gitignore)) {
			Files.writeString(gitignore, "# Crochet's ledger, compiled classes and embedded store\n.crochet/\n");
		}
		if (uri == null) {
			// With a URI the history is kept in the graph, and a ledger file would only
			// mislead.
			try (Crochet crochet = Crochet.configure().ledger(dir.resolve(".crochet").resolve("ledger.db")).load()) {
				crochet.ledger(); // opening the ledger creates the file with its schema
			}
		}
		out().println("Created project " + name + " in " + dir);
		out().println("  crochet.toml        project config (Neo4j: "
				+ (uri == null ? "embedded store under .crochet/neo4j" : uri) + ")");
		out().println("  models/             Neo4j-OGM model classes (crochet create-node NAME)");
		out().println("  migrations/         migrations (crochet create-migration \"description\")");
		out().println(uri == null ? "  .crochet/ledger.db  SQLite ledger"
				: "  history             kept in the graph at " + uri + " ([ledger] store = \"graph\")");
		return ExitCode.OK;
	}

	private String config() {
		StringBuilder toml = new StringBuilder();
		toml.append("[project]\n")
			.append("name = ")
			.append(tomlString(name))
			.append('\n')
			.append("models_path = \"models\"\n")
			.append("migrations_path = \"migrations\"\n")
			.append("# Use compiled classes instead of compiling models/ and migrations/ (packages default to models, migrations):\n")
			.append("# classpath = [\"target/classes\"]\n")
			.append("# model_packages = [\"com.example.model\"]\n")
			.append("# migration_packages = [\"com.example.migrations\"]\n")
			.append("# For a Maven or Gradle layout, where create-migration writes (default: migrations/, package migrations, snapshots/):\n")
			.append("# java_migrations_path = \"src/main/java\"\n")
			.append("# migrations_package = \"com.example.migrations\"\n")
			.append("# cypher_migrations_path = \"src/main/resources/db/crochet\"\n")
			.append("# snapshots_path = \"src/main/resources/crochet/snapshots\"\n\n")
			.append("[neo4j]\n");
		if (uri == null) {
			toml.append("# No uri: an embedded Neo4j store under .crochet/neo4j. For a server:\n")
				.append("# uri = \"bolt://localhost:7687\"\n")
				.append("# username = \"neo4j\"\n");
		}
		else {
			toml.append("uri = ")
				.append(tomlString(uri))
				.append('\n')
				.append("username = ")
				.append(tomlString(username == null ? "neo4j" : username))
				.append('\n');
		}
		toml.append("# The password is read from CROCHET_NEO4J_PASSWORD only; never write it here.\n\n")
			.append("[ledger]\n")
			.append("# Where the history is kept: \"graph\" (in the database, shared by every machine that migrates it;\n")
			.append("# the default with a uri) or \"file\" (the file below; the default for the embedded store).\n")
			.append("# store = \"")
			.append(uri == null ? "file" : "graph")
			.append("\"\n")
			.append("path = \".crochet/ledger.db\"\n");
		return toml.toString();
	}

	static String tomlString(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						out.append(String.format("\\u%04X", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
