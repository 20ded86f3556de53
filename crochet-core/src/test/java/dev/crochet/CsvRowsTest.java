package dev.crochet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowsTest {

	@Test
	void readsQuotedFieldsAndEveryIterationReadsTheFileAgain(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("movies.csv"),
				String.join("\n", "title,released,tagline", "The Matrix,1999,\"Welcome to the Real World\"",
						"\"Crouching Tiger, Hidden Dragon\",2000,\"She said \"\"no\"\"\"", ""));
		Iterable<Map<String, Object>> rows = CsvRows.read(file, row -> Map.of("title", row.get("title"), "released",
				Integer.parseInt(row.get("released")), "tagline", row.get("tagline")));

		List<Map<String, Object>> first = new ArrayList<>();
		rows.forEach(first::add);
		List<Map<String, Object>> second = new ArrayList<>();
		rows.forEach(second::add);

		assertThat(first).containsExactly(
				Map.of("title", "The Matrix", "released", 1999, "tagline", "Welcome to the Real World"),
				Map.of("title", "Crouching Tiger, Hidden Dragon", "released", 2000, "tagline", "She said \"no\""));
		assertThat(second).isEqualTo(first);
	}

	@Test
	void aFileWithOnlyAHeaderHasNoRows(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("empty.csv"), "name,born\n");
		assertThat(CsvRows.read(file, row -> Map.of("name", row.get("name")))).isEmpty();
	}

	@Test
	void aMissingFileIsNamed(@TempDir Path dir) {
		Path missing = dir.resolve("nope.csv");
		assertThatThrownBy(() -> CsvRows.read(missing, row -> Map.of()).iterator())
			.hasMessageStartingWith("Cannot read CSV file " + missing + ": ");
	}

	@Test
	void aMissingResourceIsNamed() {
		assertThatThrownBy(() -> CsvRows.resource(CsvRowsTest.class, "/data/nope.csv"))
			.isInstanceOf(ValidationException.class)
			.hasMessage("Data file /data/nope.csv is not on the class path of dev.crochet.CsvRowsTest");
	}

	@Test
	void aResourceInsideAJarIsReadFromTheJar(@TempDir Path dir) throws Exception {
		Path jar = TestJars.write(dir.resolve("app.jar"),
				Map.of("data/people.csv", "name,born\nAda,1815\nAlan,1912\n"));
		Class<?> anchor = TestJars.anchorIn(jar);

		Path people = CsvRows.resource(anchor, "/data/people.csv");
		List<Map<String, Object>> rows = new ArrayList<>();
		CsvRows.read(people, row -> Map.<String, Object>of("name", row.get("name"))).forEach(rows::add);

		assertThat(people.toUri().toString()).isEqualTo("jar:" + jar.toUri() + "!/data/people.csv");
		assertThat(Files.isRegularFile(people)).as("a batch can checksum it").isTrue();
		assertThat(rows).containsExactly(Map.of("name", "Ada"), Map.of("name", "Alan"));
		assertThat(CsvRows.resource(anchor, "/data/people.csv"))
			.as("asked again, the same entry of the jar opened once")
			.isEqualTo(people);
	}

	@Test
	void aMissingResourceInAJarIsNamed(@TempDir Path dir) throws Exception {
		Class<?> anchor = TestJars.anchorIn(TestJars.write(dir.resolve("app.jar"), Map.of()));

		assertThatThrownBy(() -> CsvRows.resource(anchor, "/data/nope.csv")).isInstanceOf(ValidationException.class)
			.hasMessage("Data file /data/nope.csv is not on the class path of dev.crochet.TestJars$Anchor");
	}

}
