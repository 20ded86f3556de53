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

}
