package dev.crochet.cli;

import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each bad input: its message, its documented exit code, and nothing changed. */
class BadInputIT {

	static final String PERSON = """
			package models;

			import dev.crochet.KgId;
			import org.neo4j.ogm.annotation.*;

			@NodeEntity("Person")
			@KgId("person_v1")
			public class Person {
				@Id @GeneratedValue private Long id;
				@Index(unique = true) private String name;
			}
			""";

	static Path project(Path tmp) {
		assertThat(new Cli(tmp).run("new-project", "--name", "p").exit()).isZero();
		return tmp.resolve("p");
	}

	/** Writes the Person model into {@code project} and creates its first migration. */
	static Cli withPersonMigration(Path project) throws IOException {
		Files.writeString(project.resolve("models/Person.java"), PERSON);
		Cli cli = new Cli(project);
		assertThat(cli.run("create-migration", "add person").exit()).isZero();
		return cli;
	}

	@Test
	void noConfig(@TempDir Path tmp) {
		Cli.Run run = new Cli(tmp).run("status");
		assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err()).isEqualTo("crochet: No crochet.toml in " + tmp.toAbsolutePath().normalize()
				+ "; run 'crochet new-project --name <name>' or pass --project-dir" + System.lineSeparator());
		assertThat(tmp.resolve(".crochet")).doesNotExist();
	}

	@Test
	void malformedToml(@TempDir Path tmp) throws IOException {
		Files.writeString(tmp.resolve("crochet.toml"), "[project\nname = \"x\"\n");
		Cli.Run run = new Cli(tmp).run("upgrade");
		assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err()).startsWith("crochet: Malformed crochet.toml: ")
			.contains("(line 1)")
			.doesNotContain("\tat ");
		assertThat(tmp.resolve(".crochet")).doesNotExist();
	}

	@Test
	void compileErrorInAModel(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		Files.writeString(p.resolve("models/Person.java"),
				"package models;\n\npublic class Person {\n\tint x = ;\n}\n");
		Cli.Run run = new Cli(p).run("upgrade");
		assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err()).startsWith("crochet: Compilation failed; nothing was changed" + System.lineSeparator()
				+ "models/Person.java:4: illegal start of expression");
		assertThat(p.resolve(".crochet/neo4j")).doesNotExist();
		assertThat(p.resolve(".crochet/classes")).doesNotExist();
	}

	@Test
	void compileErrorWithAnExistingStoreLeavesItClosedAndUnchanged(@TempDir Path tmp) throws IOException {
		// The existing store starts while the project compiles: a compile error must
		// still stop it cleanly.
		Path p = project(tmp);
		Cli cli = withPersonMigration(p);
		assertThat(cli.run("upgrade").exit()).isZero();
		Files.writeString(p.resolve("models/Person.java"),
				PERSON.replace("@Id @GeneratedValue private Long id;", "int x = ;"));
		Cli.Run broken = cli.run("upgrade");
		assertThat(broken.exit()).as(broken.toString()).isEqualTo(ExitCode.USAGE);
		assertThat(broken.err()).startsWith("crochet: Compilation failed; nothing was changed" + System.lineSeparator()
				+ "models/Person.java:9: illegal start of expression");
		Files.writeString(p.resolve("models/Person.java"), PERSON);
		Cli.Run status = cli.run("status");
		assertThat(status.exit()).as(status.toString()).isZero();
		assertThat(status.out()).contains("Pending: 0");
	}

	@Test
	void modelWithoutKgId(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		Files.writeString(p.resolve("models/Person.java"), PERSON.replace("@KgId(\"person_v1\")\n", ""));
		Cli.Run run = new Cli(p).run("create-migration", "add person");
		assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err()).isEqualTo("crochet: Model class models.Person has no @KgId" + System.lineSeparator());
		assertThat(p.resolve("migrations")).isEmptyDirectory();
	}

	@Test
	void unknownTargetAndLockedLedgerAndUnlock(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		Cli cli = withPersonMigration(p);

		Cli.Run unknown = cli.run("upgrade", "--target", "0042_nope");
		assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(ExitCode.USAGE);
		assertThat(unknown.err()).startsWith("crochet: ").contains("0042_nope");
		assertThat(cli.run("status").out()).contains("Head: none");

		try (Ledger ledger = Ledger.open(p.resolve(".crochet/ledger.db"))) {
			ledger.lock("another-run");
			Cli.Run locked = cli.run("upgrade");
			assertThat(locked.exit()).as(locked.toString()).isEqualTo(ExitCode.LOCKED);
			assertThat(locked.err()).startsWith("crochet: The ledger ")
				.contains("is locked by another-run since ",
						"wait for that run to finish, or run 'crochet unlock' if it died");
			assertThat(ledger.applied()).isEmpty();
		}
		// The run died while a model was half edited: unlock does not compile the
		// project, so it still works.
		Files.writeString(p.resolve("models/Person.java"),
				PERSON.replace("@Id @GeneratedValue private Long id;", "int x = ;"));
		Cli.Run unlocked = cli.run("unlock");
		assertThat(unlocked.exit()).as(unlocked.toString()).isZero();
		assertThat(unlocked.out()).isEqualTo(
				"Removed the ledger lock held by another-run; the graph lock is cleared." + System.lineSeparator());
		Files.writeString(p.resolve("models/Person.java"), PERSON);
		assertThat(cli.run("upgrade").exit()).isZero();
	}

	@Test
	void wrongPasswordIsRefusedAndNeverPrinted(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		withPersonMigration(p);
		try (EmbeddedNeo4j secured = EmbeddedNeo4j.startWithPassword("right-Pa55word")) {
			Map<String, String> env = Map.of("CROCHET_NEO4J_URI", secured.boltUri().toString(),
					"CROCHET_NEO4J_USERNAME", "neo4j", "CROCHET_NEO4J_PASSWORD", "wr0ng-Pa55word");
			for (String[] args : new String[][] { { "upgrade" }, { "--verbose", "status" } }) {
				Cli.Run run = new Cli(p, env).run(args);
				assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.CONNECTION);
				assertThat(run.err()).startsWith(
						"crochet: Neo4j at " + secured.boltUri() + " refused the credentials (authentication failed)");
				assertThat(run.all()).doesNotContain("wr0ng-Pa55word").doesNotContain("right-Pa55word");
			}
			try (Ledger ledger = Ledger.open(p.resolve(".crochet/ledger.db"))) {
				assertThat(ledger.applied()).isEmpty();
			}
			assertThat(Files.readAllBytes(p.resolve(".crochet/ledger.db"))).asString().doesNotContain("wr0ng-Pa55word");
		}
	}

	@Test
	void unreachableNeo4jNeverPrintsThePassword(@TempDir Path tmp) {
		// An unreachable URI with a password set: the password must appear nowhere.
		Path p = project(tmp);
		Map<String, String> env = Map.of("CROCHET_NEO4J_URI", "bolt://127.0.0.1:1", "CROCHET_NEO4J_PASSWORD",
				"s3cret-Pa55");
		for (String[] args : new String[][] { { "status" }, { "--verbose", "upgrade" }, { "upgrade", "--verbose" } }) {
			Cli.Run run = new Cli(p, env).run(args);
			assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.CONNECTION);
			assertThat(run.err()).startsWith("crochet: ").contains("bolt://127.0.0.1:1");
			assertThat(run.all()).doesNotContain("s3cret-Pa55");
		}
		assertThat(new Cli(p, env).run("upgrade").err()).doesNotContain("\tat ");
		assertThat(new Cli(p, env).run("--verbose", "upgrade").err()).contains("\tat ");
		assertThat(p.resolve("crochet.toml")).content().doesNotContain("s3cret");
	}

	@Test
	void helpReadsWell(@TempDir Path tmp) {
		Cli.Run help = new Cli(tmp).run("--help");
		assertThat(help.exit()).isZero();
		assertThat(help.out()).contains("Usage: crochet", "new-project", "create-node", "create-relationship",
				"create-migration", "upgrade", "downgrade", "status", "verify", "check", "roundtrip", "unlock",
				"--project-dir=DIR", "Exit codes:", "5   locked by another run");
		assertThat(new Cli(tmp).run("upgrade", "--help").out()).contains("Usage: crochet upgrade", "--dry-run",
				"--target=REVISION");
		assertThat(new Cli(tmp).run("roundtrip", "--help").out()).contains("THROWAWAY", "--full", "--stepwise");
		Cli.Run bad = new Cli(tmp).run("upgrade", "--frobnicate");
		assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(bad.err()).contains("Unknown option: '--frobnicate'");
		assertThat(new Cli(tmp).run("--version").out()).startsWith("crochet ");
	}

}
