package dev.crochet.cli;

import dev.crochet.embedded.Folders;
import dev.crochet.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project whose migration loads a CSV file kept in the project: the ledger records the
 * file relative to the project, so the project verifies after it was moved, and a copy
 * checks its own file rather than the original's. Recorded as an absolute path, the moved
 * project failed {@code verify} ("no longer exists") for a file it still had.
 */
class MovedProjectITCase {

	private static final String LOAD = """
			package migrations;

			import dev.crochet.CsvRows;
			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			import java.nio.file.Path;
			import java.util.Map;

			@Revision(id = "0002_load_people", parent = "0001_add_person", rollbackSafe = true, description = "load people")
			public final class V0002_load_people implements Migration {

				// Relative to the folder crochet runs in, the project's.
				private static final Path PEOPLE = Path.of("data/people.csv");

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.beginBatch("people", PEOPLE);
					ctx.createNodes("Person", CsvRows.read(PEOPLE, row -> Map.of("name", row.get("name"))));
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.deleteNodesByBatch("Person", "people");
				}
			}
			""";

	@Test
	void aMovedProjectVerifiesAndACopyChecksItsOwnFile(@TempDir Path tmp) throws Exception {
		assertThat(LauncherITCase.crochet(tmp, "new-project", "--name", "g").exit()).isZero();
		Path original = tmp.resolve("g");
		Files.writeString(original.resolve("models/Person.java"), BadInputIT.PERSON);
		LauncherITCase.Result first = LauncherITCase.crochet(original, "create-migration", "add person");
		assertThat(first.exit()).as(first.out()).isZero();
		Files.writeString(original.resolve("migrations/V0002_load_people.java"), LOAD);
		Files.createDirectories(original.resolve("data"));
		Files.writeString(original.resolve("data/people.csv"), "name\nAda\nGrace\nEdsger\n");
		LauncherITCase.Result upgrade = LauncherITCase.crochet(original, "upgrade");
		assertThat(upgrade.exit()).as(upgrade.out()).isZero();
		try (Ledger ledger = Ledger.open(original.resolve(".crochet/ledger.db"))) {
			assertThat(ledger.batch("people").orElseThrow().sourceFile()).isEqualTo("data/people.csv");
		}

		Path moved = Files.move(original, tmp.resolve("moved"));
		LauncherITCase.Result verifyMoved = LauncherITCase.crochet(moved, "verify");
		assertThat(verifyMoved.out()).contains("[ok]   batch source files unchanged", "Verified: no problems.");
		assertThat(verifyMoved.exit()).as(verifyMoved.out()).isZero();

		Path copy = copy(moved, tmp.resolve("copy"));
		Folders.delete(moved);
		LauncherITCase.Result verifyCopy = LauncherITCase.crochet(copy, "verify");
		assertThat(verifyCopy.exit()).as(verifyCopy.out()).isZero();

		Files.writeString(copy.resolve("data/people.csv"), "name\nAda\nGrace\nBarbara\n");
		LauncherITCase.Result changed = LauncherITCase.crochet(copy, "verify");
		assertThat(changed.exit()).as(changed.out()).isEqualTo(ExitCode.PROBLEMS);
		assertThat(changed.out())
			.containsPattern("\\[FAIL\\] batch source files unchanged\\R {9}Batch people: source file "
					+ Pattern.quote(copy.resolve("data/people.csv").toString())
					+ " has changed since it was loaded \\(checksum [0-9a-f]{64} in the ledger\\)");
	}

	/** {@code from} copied, whole, to {@code to}, as {@code cp -r} would. */
	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			files.forEach(file -> {
				try {
					Files.copy(file, to.resolve(from.relativize(file).toString()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return to;
	}

}
