package dev.crochet.cli;

import dev.crochet.LedgerStore;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code crochet ledger import}, {@code crochet ledger rebuild} and
 * {@code crochet baseline --revision}, run as a user runs them: what each prints when it
 * works, and the exit code and message of a refusal.
 */
class LedgerVerbsCliIT {

	private static final String NL = System.lineSeparator();

	private static final String REVISION = "0001_add_person";

	@Test
	void importMovesTheFilesHistoryIntoTheGraphOnce(@TempDir Path tmp) throws IOException {
		// The history in the ledger file, as these verbs move it: with a URI the graph
		// is the default.
		Path p = HistoryKeptIn.set(BadInputIT.project(tmp), LedgerStore.FILE);
		BadInputIT.withPersonMigration(p);
		Path ledger = p.resolve(".crochet/ledger.db").toAbsolutePath().normalize();
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start()) {
			String uri = server.boltUri().toString();
			Cli cli = new Cli(p, Map.of("CROCHET_NEO4J_URI", uri));
			assertThat(cli.run("upgrade").exit()).isZero();
			try (Ledger file = Ledger.open(ledger)) {
				assertThat(file.events()).extracting(e -> e.kind()).containsExactly("UPGRADE");
			}

			Cli.Run imported = cli.run("ledger", "import");

			assertThat(imported.exit()).as(imported.toString()).isZero();
			assertThat(imported.out()).isEqualTo("Imported the ledger " + ledger
					+ " into the graph ledger of the default database at " + uri + ":" + NL + "  1 applied revision"
					+ " (head " + REVISION + "), 0 batches (0 targets), 1 schema snapshot, 1 event" + NL
					+ "The graph keeps its history now: set [ledger] store = \"graph\" in crochet.toml"
					+ " (Crochet.configure().ledger(LedgerStore.GRAPH)) and keep the file only as a backup." + NL);

			Cli.Run again = cli.run("ledger", "import", "--file", ledger.toString());
			assertThat(again.exit()).as(again.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
			assertThat(again.out()).isEmpty();
			assertThat(again.err()).matches(Pattern
				.quote("crochet: The graph at " + uri + " keeps its history itself already (imported from " + ledger
						+ " at ")
					+ "[0-9T:.Z-]+"
					+ Pattern.quote("): a ledger is imported once, never twice; nothing was changed." + NL));
		}
	}

	@Test
	void rebuildWritesALostLedgerAgainAndNeverOverwritesOne(@TempDir Path tmp) throws IOException {
		// The history in the ledger file, as these verbs move it: with a URI the graph
		// is the default.
		Path p = HistoryKeptIn.set(BadInputIT.project(tmp), LedgerStore.FILE);
		BadInputIT.withPersonMigration(p);
		Path ledger = p.resolve(".crochet/ledger.db").toAbsolutePath().normalize();
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start()) {
			Cli cli = new Cli(p, Map.of("CROCHET_NEO4J_URI", server.boltUri().toString()));
			assertThat(cli.run("upgrade").exit()).isZero();
			Files.delete(ledger);

			Cli.Run rebuilt = cli.run("ledger", "rebuild");

			assertThat(rebuilt.exit()).as(rebuilt.toString()).isZero();
			assertThat(rebuilt.out()).isEqualTo("Rebuilt the ledger " + ledger + " from the graph at head " + REVISION
					+ ":" + NL + "  1 applied revision, 1 schema snapshot, 0 batches; live schema matches revision "
					+ REVISION + "'s snapshot" + NL + "Not recovered:" + NL
					+ "  - the event log (starts again with this rebuild)" + NL
					+ "  - when each revision was applied and how long it took (recorded as now, 0 ms)" + NL);
			Cli.Run verify = cli.run("verify");
			assertThat(verify.exit()).as(verify.toString()).isZero();

			Cli.Run again = cli.run("ledger", "rebuild");
			assertThat(again.exit()).as(again.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
			assertThat(again.err()).isEqualTo("crochet: The ledger " + ledger + " exists: rebuild never overwrites a"
					+ " ledger. Move it away first if it is the one to replace; nothing was changed." + NL);
		}
	}

	@Test
	void baselineRecordsADatabaseMigratedBeforeCrochet(@TempDir Path tmp) throws IOException {
		// The history in the ledger file, as these verbs move it: with a URI the graph
		// is the default.
		Path p = HistoryKeptIn.set(BadInputIT.project(tmp), LedgerStore.FILE);
		BadInputIT.withPersonMigration(p);
		Path ledger = p.resolve(".crochet/ledger.db").toAbsolutePath().normalize();
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start();
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			String uri = server.boltUri().toString();
			Cli cli = new Cli(p, Map.of("CROCHET_NEO4J_URI", uri));

			Cli.Run refused = cli.run("baseline", "--revision", REVISION);
			assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
			assertThat(refused.err()).isEqualTo("crochet: The live schema of the graph at " + uri
					+ " does not match the schema of revision " + REVISION + "; nothing was recorded:" + NL
					+ "  Missing in the graph: unique constraint on :Person(name)" + NL);

			driver.executableQuery("CREATE CONSTRAINT by_hand FOR (p:Person) REQUIRE p.name IS UNIQUE").execute();
			Cli.Run baseline = cli.run("baseline", "--revision", REVISION);

			assertThat(baseline.exit()).as(baseline.toString()).isZero();
			assertThat(baseline.out()).isEqualTo("Baselined at " + REVISION + ": recorded 1 revision as applied"
					+ " without running them (" + REVISION + ") and 1 schema snapshot in the ledger " + ledger
					+ "; live schema matches revision " + REVISION + "'s snapshot. 'upgrade' applies what follows "
					+ REVISION + "." + NL);
			Cli.Run upgrade = cli.run("upgrade");
			assertThat(upgrade.exit()).as(upgrade.toString()).isZero();
			assertThat(upgrade.out()).contains("Already up to date; head is " + REVISION);
			assertThat(cli.run("verify").exit()).isZero();

			Cli.Run again = cli.run("baseline", "--revision", REVISION);
			assertThat(again.exit()).as(again.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
			assertThat(again.err()).isEqualTo("crochet: The ledger " + ledger + " records applied revisions already"
					+ " (head " + REVISION + "): baseline is for a database migrated before Crochet, with nothing"
					+ " applied; nothing was recorded." + NL);
		}
	}

}
