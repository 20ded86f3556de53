package dev.crochet.cli;

import dev.crochet.LedgerStore;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hints a new user follows (issue 31, item 5): what {@code status} and the dry runs say
 * must be what the real run does.
 */
class TrueHintsIT {

	private static final String NL = System.lineSeparator();

	/**
	 * A pull request's dry run used to pass on a ledger of another history, and the
	 * deploy then failed with "different histories": the dry runs and status now refuse
	 * first, with the upgrade's message and exit code, printing no plan.
	 */
	@Test
	void dryRunsAndStatusRefuseAnotherHistoryAsTheUpgradeDoes(@TempDir Path tmp) throws IOException {
		Path p = HistoryKeptIn.set(BadInputIT.project(tmp), LedgerStore.FILE);
		BadInputIT.withPersonMigration(p);
		Path ledger = p.resolve(".crochet/ledger.db").toAbsolutePath().normalize();
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start()) {
			Cli cli = new Cli(p, Map.of("CROCHET_NEO4J_URI", server.boltUri().toString()));
			Cli.Run upgrade = cli.run("upgrade");
			assertThat(upgrade.exit()).as(upgrade.toString()).isZero();
			// Another machine's fresh ledger: it exists, and records nothing.
			Files.delete(ledger);
			Ledger.open(ledger).close();
			String refusal = "crochet: The ledger " + ledger
					+ " records head none but the graph records head 0001_add_person; they belong to different"
					+ " histories (wrong ledger file or database?). Nothing was run." + NL;

			for (String[] command : new String[][] { { "upgrade" }, { "upgrade", "--dry-run" },
					{ "downgrade", "--dry-run" }, { "status" } }) {
				Cli.Run run = cli.run(command);
				assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
				assertThat(run.out()).as(String.join(" ", command)).isEmpty();
				assertThat(run.err()).as(String.join(" ", command)).isEqualTo(refusal);
			}
		}
	}

	/**
	 * A migration written but not applied is pending: the fix is 'upgrade', not drift.
	 */
	@Test
	void anElementAPendingMigrationCreatesIsPendingNotDrift(@TempDir Path tmp) throws IOException {
		Path p = BadInputIT.project(tmp);
		Cli cli = BadInputIT.withPersonMigration(p);

		Cli.Run status = cli.run("status");
		assertThat(status.exit()).as(status.toString()).isZero();
		assertThat(status.out()).contains("Pending: 1" + NL)
			.contains("Drift: no drift" + NL
					+ "Pending (a migration not applied yet creates it): unique constraint on :Person(name)" + NL
					+ "Run 'crochet upgrade' to apply the pending migrations." + NL)
			.doesNotContain("Missing in the graph");

		assertThat(cli.run("upgrade").exit()).isZero();
		Cli.Run after = cli.run("status");
		assertThat(after.out()).contains("Drift: no drift" + NL).doesNotContain("Pending (");
	}

}
