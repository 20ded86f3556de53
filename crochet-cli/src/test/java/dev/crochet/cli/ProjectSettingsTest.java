package dev.crochet.cli;

import dev.crochet.LedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where each setting comes from: a flag, then the environment, then {@code crochet.toml},
 * then the default. The password is the exception: the environment only.
 */
class ProjectSettingsTest {

	private static final String TOML = """
			[project]
			name = "graph"

			[neo4j]
			uri = "bolt://from-toml:7687"
			username = "toml-user"
			database = "graphs"
			""";

	private static Project load(Path dir, String toml, Map<String, String> environment) throws IOException {
		Files.writeString(dir.resolve("crochet.toml"), toml);
		return Project.load(dir, environment);
	}

	@Test
	void theEnvironmentOverridesTheFile(@TempDir Path tmp) throws IOException {
		Project p = load(tmp, TOML,
				Map.of(Project.ENV_URI, " bolt://from-env:7687 ", Project.ENV_USERNAME, "env-user"));
		assertThat(p.uri()).isEqualTo("bolt://from-env:7687");
		assertThat(p.username()).isEqualTo("env-user");
	}

	@Test
	void theFileOverridesTheDefaults(@TempDir Path tmp) throws IOException {
		Project p = load(tmp, TOML, Map.of());
		assertThat(p.uri()).isEqualTo("bolt://from-toml:7687");
		assertThat(p.username()).isEqualTo("toml-user");
		assertThat(p.database()).isEqualTo("graphs");
	}

	@Test
	void blankEnvironmentVariablesCountAsUnset(@TempDir Path tmp) throws IOException {
		Project p = load(tmp, TOML, Map.of(Project.ENV_URI, "  ", Project.ENV_USERNAME, ""));
		assertThat(p.uri()).isEqualTo("bolt://from-toml:7687");
		assertThat(p.username()).isEqualTo("toml-user");
	}

	@Test
	void theDefaults(@TempDir Path tmp) throws IOException {
		Project p = load(tmp, "[project]\nname = \"graph\"\n", Map.of());
		Path dir = tmp.toAbsolutePath().normalize();
		assertThat(p.uri()).as("no URI: the embedded store").isNull();
		assertThat(p.storeDir()).isEqualTo(dir.resolve(".crochet/neo4j"));
		assertThat(p.username()).isEqualTo("neo4j");
		assertThat(p.database()).isNull();
		assertThat(p.password()).isNull();
		assertThat(p.ledgerFile()).isEqualTo(dir.resolve(".crochet/ledger.db"));
		assertThat(p.modelsDir()).isEqualTo(dir.resolve("models"));
		assertThat(p.modelPackages()).containsExactly("models");
		assertThat(p.compiledDir()).isEqualTo(dir.resolve(".crochet/compiled"));
		assertThat(p.classpath()).isEmpty();
	}

	@Test
	void thePasswordComesFromTheEnvironmentOnly(@TempDir Path tmp) throws IOException {
		assertThat(load(tmp, TOML, Map.of(Project.ENV_PASSWORD, "s3cret")).password()).isEqualTo("s3cret");
		assertThatThrownBy(() -> load(tmp, TOML + "password = \"s3cret\"\n", Map.of())).isInstanceOf(CliException.class)
			.hasMessage(
					"crochet.toml must not hold a password: remove [neo4j] password and set CROCHET_NEO4J_PASSWORD instead")
			.hasMessageNotContaining("s3cret")
			.satisfies(ex -> assertThat(((CliException) ex).exitCode()).isEqualTo(ExitCode.USAGE));
	}

	@Test
	void theLedgerPathFromTheFile(@TempDir Path tmp) throws IOException {
		Files.createDirectories(tmp.resolve("state"));
		Project p = load(tmp, "[ledger]\npath = \"state/ledger.sqlite\"\n", Map.of());
		assertThat(p.ledgerFile()).isEqualTo(tmp.toAbsolutePath().normalize().resolve("state/ledger.sqlite"));
	}

	@Test
	void theHistoryIsKeptInTheGraphOfAServerAndInTheFileOfTheEmbeddedStore(@TempDir Path tmp) throws IOException {
		assertThat(load(tmp, TOML, Map.of()).ledgerStore()).isEqualTo(LedgerStore.GRAPH);
		assertThat(
				load(tmp, "[project]\nname = \"g\"\n", Map.of(Project.ENV_URI, "bolt://from-env:7687")).ledgerStore())
			.isEqualTo(LedgerStore.GRAPH);
		assertThat(load(tmp, "[project]\nname = \"g\"\n", Map.of()).ledgerStore()).isEqualTo(LedgerStore.FILE);
		assertThat(load(tmp, TOML + "\n[ledger]\nstore = \"file\"\n", Map.of()).ledgerStore())
			.isEqualTo(LedgerStore.FILE);
		assertThat(load(tmp, "[ledger]\nstore = \"Graph\"\n", Map.of()).ledgerStore()).isEqualTo(LedgerStore.GRAPH);
	}

	@Test
	void anUnknownLedgerStoreIsRefusedNamingTheValueAndTheAllowedOnes(@TempDir Path tmp) throws IOException {
		assertThatThrownBy(() -> load(tmp, "[ledger]\nstore = \"sqlite\"\n", Map.of())).isInstanceOf(CliException.class)
			.hasMessage("Malformed crochet.toml: [ledger] store = \"sqlite\" is not a ledger store; use \"graph\""
					+ " (the history in the database) or \"file\" (the history in the ledger file [ledger] path)")
			.satisfies(ex -> assertThat(((CliException) ex).exitCode()).isEqualTo(ExitCode.USAGE));
	}

	@Test
	void aGraphLedgerNeedsNoLedgerFolder(@TempDir Path tmp) throws IOException {
		assertThat(load(tmp, "[ledger]\nstore = \"graph\"\npath = \"../nowhere/ledger.db\"\n", Map.of()).ledgerStore())
			.isEqualTo(LedgerStore.GRAPH);
	}

	@Test
	void aLedgerPathWhoseFolderDoesNotExistIsRefusedNamingBoth(@TempDir Path tmp) throws IOException {
		Path project = Files.createDirectories(tmp.resolve("project"));
		Path outside = tmp.toAbsolutePath().normalize().resolve("ledgr");
		assertThatThrownBy(() -> load(project, "[ledger]\npath = \"../ledgr/ledger.db\"\n", Map.of()))
			.isInstanceOf(CliException.class)
			.hasMessage("The ledger folder " + outside + " does not exist ([ledger] path = \"../ledgr/ledger.db\""
					+ " in crochet.toml); create it, or correct [ledger] path")
			.satisfies(ex -> assertThat(((CliException) ex).exitCode()).isEqualTo(ExitCode.USAGE));

		Files.writeString(project.resolve("state"), "a file");
		assertThatThrownBy(() -> load(project, "[ledger]\npath = \"state/ledger.db\"\n", Map.of()))
			.hasMessage("The ledger folder " + project.toAbsolutePath().normalize().resolve("state")
					+ " is not a folder ([ledger] path = \"state/ledger.db\" in crochet.toml); create it,"
					+ " or correct [ledger] path");
	}

	@Test
	void aLedgerInCrochetsOwnFolderNeedsNoFolderYet(@TempDir Path tmp) throws IOException {
		// A fresh clone: .crochet/ is ignored by git, and new-project writes the default
		// path out.
		Path dir = tmp.toAbsolutePath().normalize();
		assertThat(load(tmp, "[ledger]\npath = \".crochet/ledger.db\"\n", Map.of()).ledgerFile())
			.isEqualTo(dir.resolve(".crochet/ledger.db"));
		assertThat(load(tmp, "[ledger]\npath = \".crochet/ledgers/main.db\"\n", Map.of()).ledgerFile())
			.isEqualTo(dir.resolve(".crochet/ledgers/main.db"));
		assertThat(tmp.resolve(".crochet")).as("loading creates nothing").doesNotExist();
	}

	@Test
	void aMistypedLedgerPathCreatesNoFolder(@TempDir Path tmp) throws IOException {
		Path p = BadInputIT.project(tmp);
		Path toml = p.resolve("crochet.toml");
		Files.writeString(toml,
				Files.readString(toml).replace("path = \".crochet/ledger.db\"", "path = \"../ledgr/ledger.db\""));

		Cli.Run run = new Cli(p).run("status");

		assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err())
			.isEqualTo("crochet: The ledger folder " + tmp.toAbsolutePath().normalize().resolve("ledgr")
					+ " does not exist ([ledger] path = \"../ledgr/ledger.db\" in crochet.toml); create it, or correct"
					+ " [ledger] path" + System.lineSeparator());
		assertThat(tmp.resolve("ledgr")).doesNotExist();
		assertThat(p.resolve(".crochet/neo4j")).doesNotExist();
	}

	@Test
	void aMalformedFileIsAUsageErrorNamingTheLine(@TempDir Path tmp) throws IOException {
		assertThatThrownBy(() -> load(tmp, "[neo4j]\nuri = \n", Map.of())).isInstanceOf(CliException.class)
			.hasMessageStartingWith("Malformed crochet.toml: ")
			.hasMessageContaining("(line 2)")
			.satisfies(ex -> assertThat(((CliException) ex).exitCode()).isEqualTo(ExitCode.USAGE));
		assertThatThrownBy(() -> load(tmp, "neo4j = 3\n", Map.of()))
			.hasMessage("Malformed crochet.toml: 'neo4j' must be a [neo4j] table");
	}

	@Test
	void theProjectDirFlagOverridesTheCurrentFolder(@TempDir Path tmp) throws IOException {
		Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
		CommandLine line = CrochetCli.commandLine(Map.of());
		StringWriter err = new StringWriter();
		line.setErr(new PrintWriter(err, true));
		int exit = line.execute("--project-dir", elsewhere.toString(), "status");
		assertThat(exit).isEqualTo(ExitCode.USAGE);
		assertThat(err.toString()).isEqualTo("crochet: No crochet.toml in " + elsewhere.toAbsolutePath().normalize()
				+ "; run 'crochet new-project --name <name>' or pass --project-dir" + System.lineSeparator());
	}

}
