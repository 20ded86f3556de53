package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A key {@code crochet.toml} does not know is refused, naming the file, the key and the
 * known key it is closest to; it was ignored before, and its setting silently kept its
 * default.
 */
class ConfigKeysTest {

	/** Every key of every table, each with a value it accepts. */
	private static final String EVERY_KEY = """
			[project]
			name = "graph"
			models_path = "models"
			migrations_path = "migrations"
			java_migrations_path = "src/main/java"
			migrations_package = "com.example.migrations"
			cypher_migrations_path = "src/main/resources/db/crochet"
			snapshots_path = "snapshots"
			classpath = ["target/classes"]
			model_packages = ["com.example.model"]
			migration_packages = ["com.example.migrations"]

			[neo4j]
			uri = "bolt://localhost:7687"
			username = "neo4j"
			database = "graphs"

			[ledger]
			store = "file"
			path = ".crochet/ledger.db"

			[schema]
			ignore = ["bloom_*"]
			""";

	@Test
	void everyKnownKeyOfEveryTableIsAccepted(@TempDir Path tmp) throws IOException {
		Files.writeString(tmp.resolve("crochet.toml"), EVERY_KEY);
		Project project = Project.load(tmp, Map.of());
		assertThat(project.database()).isEqualTo("graphs");
		assertThat(ConfigKeys.TABLES.values().stream().mapToInt(keys -> keys.size()).sum())
			.as("each key of ConfigKeys is set in EVERY_KEY")
			.isEqualTo(EVERY_KEY.lines().filter(l -> l.contains(" = ")).count());
	}

	@Test
	void theSamplesInTheDocsAreAccepted(@TempDir Path tmp) throws IOException {
		try (InputStream sample = ConfigKeysTest.class.getResourceAsStream("/maven-layout/crochet.toml")) {
			Files.write(tmp.resolve("crochet.toml"), sample.readAllBytes());
		}
		assertThat(Project.load(tmp, Map.of()).name()).isEqualTo("shop");
		Path movies = Path.of(System.getProperty("user.dir")).resolve("../examples/movies").normalize();
		assertThat(Project.load(movies, Map.of()).name()).isEqualTo("movies");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					[project]\\nmodles_path = 'm'           | unknown key 'modles_path' in [project] (did you mean 'models_path'?)
					[project]\\nmigration_package = 'm'     | unknown key 'migration_package' in [project] (did you mean 'migrations_package'?)
					[project]\\nClassPath = ['c']           | unknown key 'ClassPath' in [project] (did you mean 'classpath'?)
					[project]\\nuri = 'bolt://h:7687'       | unknown key 'uri' in [project] (it belongs in [neo4j])
					[project]\\nsource = 'src'              | unknown key 'source' in [project] (known keys: name, models_path, migrations_path, java_migrations_path, migrations_package, cypher_migrations_path, snapshots_path, classpath, model_packages, migration_packages)
					[neo4j]\\nurl = 'bolt://h:7687'         | unknown key 'url' in [neo4j] (did you mean 'uri'?)
					[neo4j]\\nuser = 'neo4j'                | unknown key 'user' in [neo4j] (known keys: uri, username, database)
					[neo4j]\\ndatabse = 'graphs'            | unknown key 'databse' in [neo4j] (did you mean 'database'?)
					[ledger]\\npaht = 'l.db'                | unknown key 'paht' in [ledger] (did you mean 'path'?)
					[ledger]\\nfile = 'l.db'                | unknown key 'file' in [ledger] (known keys: store, path)
					[schema]\\nignored = ['bloom_*']        | unknown key 'ignored' in [schema] (did you mean 'ignore'?)
					[ledgr]\\npath = 'l.db'                 | unknown table [ledgr] (did you mean [ledger]?)
					[database]\\nuri = 'bolt://h:7687'      | unknown table [database] (known tables: [project], [neo4j], [ledger], [schema])
					name = 'graph'                          | unknown key 'name' outside any table (it belongs in [project])
					version = 2                             | unknown key 'version' outside any table (keys go in a table: [project], [neo4j], [ledger], [schema])
					""")
	void anUnknownKeyIsRefusedNamingTheClosestKnownOne(String toml, String message, @TempDir Path tmp)
			throws IOException {
		Files.writeString(tmp.resolve("crochet.toml"), toml.replace("\\n", "\n"));

		assertThatThrownBy(() -> Project.load(tmp, Map.of())).isInstanceOf(CliException.class)
			.hasMessage("crochet.toml: " + message)
			.satisfies(ex -> assertThat(((CliException) ex).exitCode()).isEqualTo(ExitCode.USAGE));
	}

	@Test
	void theCommandLineSaysSoAndDoesNothing(@TempDir Path tmp) throws IOException {
		Path p = BadInputIT.project(tmp);
		Path toml = p.resolve("crochet.toml");
		Files.writeString(toml, Files.readString(toml).replace("models_path = ", "modles_path = "));

		Cli.Run run = new Cli(p).run("upgrade");

		assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err()).isEqualTo("crochet: crochet.toml: unknown key 'modles_path' in [project]"
				+ " (did you mean 'models_path'?)" + System.lineSeparator());
		assertThat(p.resolve(".crochet/neo4j")).doesNotExist();
	}

	@Test
	void nearMeansAThirdOfTheKnownKeyApart() {
		assertThat(ConfigKeys.distance("modles_path", "models_path")).as("two letters swapped").isEqualTo(1);
		assertThat(ConfigKeys.distance("url", "uri")).isEqualTo(1);
		assertThat(ConfigKeys.closest("usr", List.of("uri", "username"))).isEmpty();
		assertThat(ConfigKeys.closest("usernme", List.of("uri", "username"))).contains("username");
	}

}
