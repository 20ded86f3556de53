package dev.crochet.cli;

import dev.crochet.embedded.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project compiled once per set of sources: a second command reuses the classes in
 * {@code .crochet/compiled}, and any edit compiles anew (a stale class would hide an
 * edited migration from its checksum).
 */
class CompiledClassesIT {

	@Test
	void unchangedSourcesAreNotCompiledAgainAndAnEditIsCompiledAnew(@TempDir Path tmp) throws IOException {
		Path p = BadInputIT.project(tmp);
		Cli cli = BadInputIT.withPersonMigration(p);
		// create-migration compiled the project as it was before the migration: start
		// from none.
		Folders.delete(p.resolve(".crochet/compiled"));
		assertThat(cli.run("status").exit()).isZero();
		List<Path> first = entries(p);
		assertThat(first).hasSize(1);
		Path compiledMigration = first.get(0).resolve("migrations/migrations/V0001_add_person.class");
		FileTime compiledAt = Files.getLastModifiedTime(compiledMigration);

		Cli.Run again = cli.run("status");
		assertThat(again.exit()).as(again.toString()).isZero();
		assertThat(entries(p)).isEqualTo(first);
		assertThat(Files.getLastModifiedTime(compiledMigration)).as("not compiled again").isEqualTo(compiledAt);

		Path source = p.resolve("migrations/V0001_add_person.java");
		String original = Files.readString(source);
		Files.writeString(source, original.replace("\"name\"", "\"fullName\""));
		Cli.Run edited = cli.run("status");
		assertThat(edited.exit()).as(edited.toString()).isZero();
		assertThat(entries(p)).hasSize(2).containsAll(first);
		Path editedEntry = entries(p).stream().filter(e -> !first.contains(e)).findFirst().orElseThrow();
		assertThat(editedEntry.resolve("migrations/migrations/V0001_add_person.java")).content()
			.contains("\"fullName\"");

		// Back to the first sources: the first entry again, nothing compiled.
		Files.writeString(source, original);
		assertThat(cli.run("upgrade").exit()).isZero();
		assertThat(entries(p)).hasSize(2);
		assertThat(Files.getLastModifiedTime(compiledMigration)).isEqualTo(compiledAt);
		assertThat(Files.getLastModifiedTime(first.get(0))).isGreaterThan(Files.getLastModifiedTime(editedEntry));
	}

	private static List<Path> entries(Path project) throws IOException {
		try (Stream<Path> list = Files.list(project.resolve(".crochet/compiled"))) {
			return list.sorted().toList();
		}
	}

}
