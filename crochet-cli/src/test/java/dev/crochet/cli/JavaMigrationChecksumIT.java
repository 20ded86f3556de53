package dev.crochet.cli;

import dev.crochet.ledger.Ledger;
import dev.crochet.migration.JavaChecksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An applied Java migration edited afterwards is caught like an edited Cypher file. */
class JavaMigrationChecksumIT {

	@Test
	void anEditedAppliedJavaMigrationFailsVerifyAndIsRefusedByUpgrade(@TempDir Path tmp) throws IOException {
		Path p = BadInputIT.project(tmp);
		Cli cli = BadInputIT.withPersonMigration(p);
		assertThat(cli.run("upgrade").exit()).isZero();
		String recorded;
		try (Ledger ledger = Ledger.open(p.resolve(".crochet/ledger.db"))) {
			recorded = ledger.applied("0001_add_person").orElseThrow().checksum();
		}
		assertThat(recorded).as("the hash of the source the CLI compiled").startsWith(JavaChecksums.SOURCE);
		assertThat(cli.run("verify").out()).contains("[ok]   checksums unchanged");

		Path source = p.resolve("migrations/V0001_add_person.java");
		Files.writeString(source, Files.readString(source).replace("\"name\"", "\"fullName\""));
		Cli.Run verify = cli.run("verify");

		assertThat(verify.exit()).as(verify.toString()).isEqualTo(ExitCode.PROBLEMS);
		assertThat(verify.out()).contains("[FAIL] checksums unchanged",
				"Revision 0001_add_person (migrations.V0001_add_person)"
						+ " was changed after it was applied: checksum " + recorded + " in the ledger, source:");
		Cli.Run upgrade = cli.run("upgrade");
		assertThat(upgrade.exit()).as(upgrade.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
		assertThat(upgrade.err()).contains("0001_add_person", "was changed after it was applied");
	}

	@Test
	void lineEndingsDoNotCount(@TempDir Path tmp) throws IOException {
		Path p = BadInputIT.project(tmp);
		Cli cli = BadInputIT.withPersonMigration(p);
		assertThat(cli.run("upgrade").exit()).isZero();

		Path source = p.resolve("migrations/V0001_add_person.java");
		Files.writeString(source, Files.readString(source).replace("\n", "\r\n"));
		Cli.Run verify = cli.run("verify");

		assertThat(verify.exit()).as(verify.toString()).isZero();
		assertThat(verify.out()).contains("[ok]   checksums unchanged");
	}

}
