package dev.crochet.cli;

import dev.crochet.LedgerStore;
import dev.crochet.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project whose ledger was deleted, or truncated to 0 bytes, on a server it migrated:
 * {@code status}, {@code verify} and {@code upgrade} say the history is missing, naming
 * the ledger and the graph's head, exit 3, and leave no new ledger behind. Before,
 * {@code status} showed every revision pending with exit 0 and wrote a fresh ledger.
 */
class MissingLedgerIT {

	@Test
	void aDeletedOrEmptiedLedgerIsNamedAndNotCreatedAgain(@TempDir Path tmp) throws IOException {
		Path p = HistoryKeptIn.set(BadInputIT.project(tmp), LedgerStore.FILE);
		BadInputIT.withPersonMigration(p);
		Path ledger = p.resolve(".crochet/ledger.db").toAbsolutePath().normalize();
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start()) {
			Cli cli = new Cli(p, Map.of("CROCHET_NEO4J_URI", server.boltUri().toString()));
			Cli.Run upgrade = cli.run("upgrade");
			assertThat(upgrade.exit()).as(upgrade.toString()).isZero();
			Files.delete(ledger);
			String missing = "crochet: The ledger " + ledger + " is missing, but the graph at " + server.boltUri()
					+ " was migrated to 0001_add_person: its history is not here. Restore the ledger file from where"
					+ " it was kept (or set the ledger path to it), or rebuild it from the graph with 'crochet ledger"
					+ " rebuild'; nothing was changed." + System.lineSeparator();

			for (String command : new String[] { "status", "verify", "upgrade" }) {
				Cli.Run run = cli.run(command);
				assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
				assertThat(run.out()).as(command).isEmpty();
				assertThat(run.err()).as(command).isEqualTo(missing);
				assertThat(ledger).as("no ledger written by " + command).doesNotExist();
			}
			Cli.Run check = cli.run("check");
			assertThat(check.exit()).as(check.toString()).isZero();
			assertThat(ledger).as("no ledger written by check").doesNotExist();

			Files.createFile(ledger);
			Cli.Run status = cli.run("status");
			assertThat(status.exit()).as(status.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
			assertThat(status.err()).isEqualTo(missing.replace(" is missing, ", " is empty (0 bytes), "));
			assertThat(ledger).isEmptyFile();
		}
	}

}
