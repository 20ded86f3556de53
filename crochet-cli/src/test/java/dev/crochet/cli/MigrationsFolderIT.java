package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A missing migrations folder is an error naming it (exit 2), for every command that
 * reads migrations, before anything is compiled or started; {@code create-migration}
 * creates it.
 */
class MigrationsFolderIT {

	private static final String[][] READERS = { { "upgrade" }, { "downgrade", "--target", "base" }, { "status" },
			{ "verify" }, { "check" }, { "roundtrip" } };

	@Test
	void aMistypedMigrationsPathIsAnError(@TempDir Path tmp) throws IOException {
		Path p = BadInputIT.project(tmp);
		Path toml = p.resolve("crochet.toml");
		Files.writeString(toml,
				Files.readString(toml).replace("migrations_path = \"migrations\"", "migrations_path = \"migration\""));

		for (String[] command : READERS) {
			Cli.Run run = new Cli(p).run(command);

			assertThat(run.exit()).as(String.join(" ", command) + "\n" + run).isEqualTo(ExitCode.USAGE);
			assertThat(run.err()).isEqualTo("crochet: The migrations folder " + p.resolve("migration")
					+ " does not exist ([project] migrations_path = \"migration\" in crochet.toml); create it, or correct"
					+ " migrations_path" + System.lineSeparator());
		}
		assertThat(p.resolve(".crochet/neo4j")).as("nothing was started").doesNotExist();
	}

	@Test
	void aFreshProjectWithoutItsMigrationsFolderIsAnErrorUntilCreateMigrationMakesIt(@TempDir Path tmp)
			throws IOException {
		Files.writeString(tmp.resolve("crochet.toml"), "[project]\nname = \"fresh\"\n");
		Files.createDirectories(tmp.resolve("models"));

		Cli.Run status = new Cli(tmp).run("status");

		assertThat(status.exit()).as(status.toString()).isEqualTo(ExitCode.USAGE);
		assertThat(status.err()).isEqualTo("crochet: The migrations folder " + tmp.resolve("migrations")
				+ " does not exist (crochet.toml sets no [project] migrations_path, so it is the default 'migrations');"
				+ " create it, or set [project] migrations_path" + System.lineSeparator());

		Cli.Run create = new Cli(tmp).run("create-migration", "--empty", "start");

		assertThat(create.exit()).as(create.toString()).isZero();
		assertThat(tmp.resolve("migrations/V0001_start.java")).exists();
		Cli.Run upgrade = new Cli(tmp).run("upgrade");
		assertThat(upgrade.exit()).as(upgrade.toString()).isZero();
		assertThat(upgrade.out()).contains("Applied 1 revision; head is 0001_start");
	}

}
