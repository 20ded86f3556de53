package dev.crochet.cli;

import dev.crochet.embedded.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.crochet.cli.BadInputIT.PERSON;
import static dev.crochet.cli.BadInputIT.project;
import static dev.crochet.cli.BadInputIT.withPersonMigration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clone has the migrations and their schema snapshot files but not the local ledger
 * ({@code .crochet/} is ignored by git): {@code create-migration} still diffs against the
 * head.
 */
class FreshCloneIT {

	private static List<String> snapshotFiles(Path project) throws IOException {
		try (Stream<Path> files = Files.list(project.resolve("snapshots"))) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void createMigrationDiffsAgainstTheCommittedSnapshotWithoutTheLedger(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		Files.writeString(p.resolve("models/Person.java"), PERSON);
		Cli cli = new Cli(p);
		Cli.Run first = cli.run("create-migration", "add person");
		assertThat(first.exit()).as(first.toString()).isZero();
		List<String> snapshots = snapshotFiles(p);
		assertThat(snapshots).singleElement().asString().matches("[0-9a-f]{64}\\.json");
		assertThat(first.out())
			.contains("Created migrations/V0001_add_person.java (revision 0001_add_person, parent none,"
					+ " rollbackSafe = true) and its schema snapshot snapshots/" + snapshots.get(0));

		Folders.delete(p.resolve(".crochet"));
		Files.writeString(p.resolve("models/Person.java"),
				PERSON.replace("private String name;", "private String name;\n\t@Index private String email;"));
		Cli.Run second = cli.run("create-migration", "add email");
		assertThat(second.exit()).as(second.toString()).isZero();
		assertThat(p.resolve("migrations/V0002_add_email.java")).content()
			.contains("parent = \"0001_add_person\"", "ctx.addIndex(\"Person\", \"email\");")
			.doesNotContain("addUniqueConstraint");
		assertThat(snapshotFiles(p)).hasSize(2);
	}

	@Test
	void withoutLedgerAndSnapshotFileTheMessageSaysWhatIsMissing(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		Cli cli = withPersonMigration(p);
		String file = snapshotFiles(p).get(0);
		Folders.delete(p.resolve(".crochet"));
		Folders.delete(p.resolve("snapshots"));
		Files.writeString(p.resolve("models/Person.java"),
				PERSON.replace("private String name;", "private String name;\n\t@Index private String email;"));

		Cli.Run run = cli.run("create-migration", "add email");

		assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err()).isEqualTo("crochet: Neither the ledger nor snapshots/" + file
				+ " holds the schema snapshot of"
				+ " head migration 0001_add_person, so the models cannot be diffed against it; restore the file from version"
				+ " control if it was committed, or, if it never existed, record it with 'crochet record-schema' while the"
				+ " models are those of 0001_add_person, or use --empty" + System.lineSeparator());
		assertThat(p.resolve("migrations/V0002_add_email.java")).doesNotExist();
	}

}
