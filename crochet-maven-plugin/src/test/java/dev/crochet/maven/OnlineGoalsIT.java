package dev.crochet.maven;

import dev.crochet.Crochet;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.ledger.Ledger;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * upgrade (dry run, then for real), status, check, verify and downgrade against a real
 * embedded Neo4j with authentication on, the password coming from the environment: the
 * goals as Maven runs them, with the parameters Maven would inject set by hand and this
 * module's test classes as the project's.
 */
class OnlineGoalsIT {

	private static final String PASSWORD = "plugin-secret-1";

	private static EmbeddedNeo4j neo4j;

	@TempDir
	Path tmp;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.startWithPassword(PASSWORD);
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	@Test
	void upgradeStatusVerifyAndDowngradeOnAConfiguredNeo4j() throws Exception {
		RecordingLog dryRun = run(configure(new UpgradeMojo(), u -> u.dryRun = true));
		assertThat(dryRun.lines).contains("Would run upgrade of 0001_create_people:");
		assertThat(dryRun.text()).contains("CREATE CONSTRAINT");

		RecordingLog pending = run(configure(new StatusMojo(), s -> {
		}));
		assertThat(pending.lines).contains("Head: none (nothing applied)", "Pending: 1");

		RecordingLog upgrade = run(configure(new UpgradeMojo(), u -> {
		}));
		assertThat(upgrade.lines).contains("Applied 1 revision; head is 0001_create_people");
		assertThat(tmp.resolve("ledger.db")).as("the history is kept in the graph by default").doesNotExist();

		RecordingLog status = run(configure(new StatusMojo(), s -> {
		}));
		assertThat(status.lines).contains("Head: 0001_create_people", "Pending: 0");

		// The fixture's head declares no schema hash: only the live half of the check can
		// run, and it passes.
		RecordingLog check = run(configure(new CheckMojo(), c -> {
		}));
		assertThat(check.lines).containsExactly("No drift: the live schema matches the models. Note: "
				+ "models vs head migration: not checked (the head declares no schema hash)");

		RecordingLog verify = run(configure(new VerifyMojo(), v -> {
		}));
		assertThat(verify.text()).doesNotContain(PASSWORD);

		RecordingLog downgrade = run(configure(new DowngradeMojo(), d -> d.target = "base"));
		assertThat(downgrade.lines).contains("Reverted 1 revision; head is base");
		for (RecordingLog log : List.of(dryRun, pending, upgrade, status, check, verify, downgrade)) {
			assertThat(log.text()).doesNotContain(PASSWORD);
		}
	}

	@Test
	void baselineThenRebuildThenImportTheLedger() throws Exception {
		clean();
		Path ledger = tmp.resolve("ledger.db").toAbsolutePath().normalize();
		assertThatThrownBy(() -> run(configure(new BaselineMojo(), b -> {
		}))).isInstanceOf(MojoExecutionException.class)
			.hasMessage("crochet:baseline needs the revision the database is at: pass -Dcrochet.revision=<id>");

		// The history in the ledger file, as rebuild and import move it: the graph is the
		// plugin's default.
		RecordingLog baseline = run(configure(new BaselineMojo(), b -> {
			b.revision = "0001_create_people";
			b.ledgerStore = "file";
		}));
		assertThat(baseline.lines).containsExactly("Baselined at 0001_create_people: recorded 1 revision as applied"
				+ " without running them (0001_create_people) and 0 schema snapshots in the ledger " + ledger
				+ "; live schema not checked (revision 0001_create_people declares no schema hash). 'upgrade'"
				+ " applies what follows 0001_create_people.");

		Files.delete(ledger);
		RecordingLog rebuild = run(configure(new LedgerRebuildMojo(), r -> r.ledgerStore = "file"));
		assertThat(rebuild.lines)
			.startsWith("Rebuilt the ledger " + ledger + " from the graph at head 0001_create_people:");

		RecordingLog imported = run(configure(new LedgerImportMojo(), i -> {
		}));
		assertThat(imported.lines).startsWith("Imported the ledger " + ledger
				+ " into the graph ledger of the default database at " + neo4j.boltUri() + ":");
		assertThatThrownBy(() -> run(configure(new LedgerImportMojo(), i -> {
		}))).isInstanceOf(MojoExecutionException.class).hasMessageContaining("a ledger is imported once, never twice");
		// The other tests share this server and start from an empty database.
		clean();
	}

	/**
	 * A dry run or a status on a ledger of another history refuses as the upgrade does:
	 * before, the dry run passed and the deploy failed.
	 */
	@Test
	void dryRunsAndStatusRefuseAnotherHistoryAsTheUpgradeDoes() throws Exception {
		clean();
		Path ledger = tmp.resolve("ledger.db").toAbsolutePath().normalize();
		run(configure(new UpgradeMojo(), u -> u.ledgerStore = "file"));
		// Another machine's fresh ledger file: it exists, and records nothing.
		Files.delete(ledger);
		Ledger.open(ledger).close();
		String refusal = " failed: The ledger " + ledger + " records head none but the graph records head"
				+ " 0001_create_people; they belong to different histories (wrong ledger file or database?). Nothing"
				+ " was run.";

		List<AbstractCrochetMojo> goals = List.of(configure(new UpgradeMojo(), u -> u.ledgerStore = "file"),
				configure(new UpgradeMojo(), u -> {
					u.ledgerStore = "file";
					u.dryRun = true;
				}), configure(new DowngradeMojo(), d -> {
					d.ledgerStore = "file";
					d.dryRun = true;
				}), configure(new StatusMojo(), s -> s.ledgerStore = "file"));
		for (AbstractCrochetMojo goal : goals) {
			RecordingLog log = new RecordingLog();
			goal.setLog(log);
			assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
				.hasMessage("crochet:" + goal.goal() + refusal);
			assertThat(log.lines).as(goal.goal() + " printed no plan").isEmpty();
		}
		clean();
	}

	/**
	 * Status names what a pending migration creates as pending, not drift, and every line
	 * of a multi-line report is a log line of its own (Maven prefixes only a message's
	 * first line with its level).
	 */
	@Test
	void statusReportsPendingElementsAndDriftLineByLine() throws Exception {
		clean();
		RecordingLog pending = run(configure(new StatusMojo(), s -> {
		}));
		assertThat(pending.lines).containsSequence("Pending: 1", "Drift: no drift",
				"Pending (a migration not applied yet creates it): unique constraint on :Person(name)",
				"Run 'mvn compile crochet:upgrade' to apply the pending migrations.");

		run(configure(new UpgradeMojo(), u -> {
		}));
		try (Crochet crochet = Crochet.configure()
			.uri(neo4j.boltUri().toString())
			.authentication("neo4j", PASSWORD)
			.ledger(tmp.resolve("stray.db"))
			.load()) {
			crochet.runCypher("CREATE INDEX stray_age FOR (p:Person) ON (p.age)", Map.of());
		}
		RecordingLog drift = run(configure(new StatusMojo(), s -> {
		}));
		assertThat(drift.lines).containsSequence(
				"Drift: models vs head migration: not checked (the head declares no schema hash).",
				"Not declared by the models: range index on :Person(age) named stray_age",
				"Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.");
		clean();
	}

	private void clean() {
		try (Crochet crochet = Crochet.configure()
			.uri(neo4j.boltUri().toString())
			.authentication("neo4j", PASSWORD)
			.ledger(tmp.resolve("clean.db"))
			.cleanEnabled(true)
			.load()) {
			crochet.cleanDatabase();
		}
	}

	@Test
	void withoutAUriTheGoalSaysHowToSetOne() {
		UpgradeMojo upgrade = configure(new UpgradeMojo(), u -> {
		});
		upgrade.uri = null;
		upgrade.environment = Map.of();
		assertThatThrownBy(upgrade::execute).isInstanceOf(MojoExecutionException.class)
			.hasMessage(
					"crochet:upgrade works on a configured Neo4j, and none is set: add <uri> to the plugin's <configuration>,"
							+ " pass -Dcrochet.uri=bolt://..., or set CROCHET_NEO4J_URI");
	}

	@Test
	void aWrongPasswordFailsWithoutPrintingAnyPassword() {
		UpgradeMojo upgrade = configure(new UpgradeMojo(), u -> {
		});
		upgrade.environment = Map.of(Credentials.ENV_PASSWORD, "wrong-password-9");
		assertThatThrownBy(upgrade::execute).isInstanceOf(MojoExecutionException.class)
			.hasMessageStartingWith("crochet:upgrade failed: ")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("wrong-password-9").doesNotContain(PASSWORD));
	}

	@Test
	void anUnknownLedgerStoreIsRefusedNamingTheValueAndTheAllowedOnes() {
		StatusMojo status = configure(new StatusMojo(), s -> s.ledgerStore = "sqlite");
		assertThatThrownBy(status::execute).isInstanceOf(MojoExecutionException.class)
			.hasMessage("crochet:status: ledgerStore \"sqlite\" is not a ledger store; use \"graph\" (the history in"
					+ " the database) or \"file\" (the history in the ledger file)");
	}

	@Test
	void skipRunsNothing() throws Exception {
		UpgradeMojo upgrade = configure(new UpgradeMojo(), u -> {
		});
		upgrade.skip = true;
		upgrade.uri = null;
		assertThat(run(upgrade).lines).containsExactly("Skipping crochet:upgrade (crochet.skip)");
	}

	private interface Setup<M> {

		void apply(M mojo);

	}

	private <M extends AbstractCrochetMojo> M configure(M mojo, Setup<M> setup) {
		File classes = new File(System.getProperty("user.dir"), "target/test-classes");
		mojo.uri = neo4j.boltUri().toString();
		mojo.environment = Map.of(Credentials.ENV_PASSWORD, PASSWORD);
		mojo.settings = new Settings();
		mojo.modelPackages = List.of("dev.crochet.maven.fixture.model");
		mojo.migrationPackages = List.of("dev.crochet.maven.fixture.migrations");
		mojo.ledger = tmp.resolve("ledger.db").toFile();
		mojo.reportDirectory = tmp.resolve("target/crochet").toFile();
		mojo.cypherDirectory = tmp.resolve("no-cypher").toFile();
		mojo.snapshotsDirectory = tmp.resolve("snapshots").toFile();
		mojo.classesDirectory = classes;
		mojo.classpathElements = List.of(classes.getAbsolutePath());
		setup.apply(mojo);
		return mojo;
	}

	private static RecordingLog run(AbstractCrochetMojo mojo) throws Exception {
		RecordingLog log = new RecordingLog();
		mojo.setLog(log);
		mojo.execute();
		return log;
	}

}
