package dev.crochet.engine;

import dev.crochet.CsvRows;
import dev.crochet.TestJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the ledger names a batch's source file: relative to the project inside it, absolute
 * outside it, and read back against wherever the project is now.
 */
class BatchSourcesTest {

	@Test
	void aFileInsideTheProjectIsRecordedRelativeToIt(@TempDir Path tmp) {
		BatchSources sources = new BatchSources(tmp.resolve("project"));

		assertThat(sources.recorded(tmp.resolve("project/data/people.csv"))).isEqualTo("data/people.csv");
		assertThat(sources.recorded(tmp.resolve("project/data/../people.csv"))).isEqualTo("people.csv");
	}

	@Test
	void aFileOutsideTheProjectKeepsItsAbsolutePath(@TempDir Path tmp) {
		BatchSources sources = new BatchSources(tmp.resolve("project"));
		Path outside = tmp.resolve("shared/people.csv").toAbsolutePath().normalize();

		assertThat(sources.recorded(outside)).isEqualTo(outside.toString());
		assertThat(sources.recorded(tmp.resolve("project-old/people.csv")))
			.as("a folder whose name only starts with the project's is outside it")
			.isEqualTo(tmp.resolve("project-old/people.csv").toAbsolutePath().normalize().toString());
	}

	@Test
	void aRelativePathIsReadBackAgainstTheProjectWhereverItIsNow(@TempDir Path tmp) {
		Path moved = tmp.resolve("moved").toAbsolutePath().normalize();

		assertThat(new BatchSources(moved).resolve("data/people.csv")).isEqualTo(moved.resolve("data/people.csv"));
	}

	@Test
	void anAbsolutePathOfAnOlderLedgerIsReadAsItIs(@TempDir Path tmp) {
		Path recorded = tmp.resolve("project/data/people.csv").toAbsolutePath().normalize();

		assertThat(new BatchSources(tmp.resolve("elsewhere")).resolve(recorded.toString())).isEqualTo(recorded);
	}

	@Test
	void aRelativeProjectFolderIsTheWorkingDirectorysSubfolder() {
		BatchSources sources = new BatchSources(Path.of(""));

		assertThat(sources.recorded(Path.of("data/people.csv"))).isEqualTo("data/people.csv");
		assertThat(sources.resolve("data/people.csv")).isEqualTo(Path.of("data/people.csv").toAbsolutePath());
	}

	@Test
	void aJarEntryIsRecordedByItsAddressAndReadBackFromTheJar(@TempDir Path tmp) throws Exception {
		Path jar = TestJars.write(tmp.resolve("app.jar"), Map.of("data/people.csv", "name\nAda\n"));
		Path people = CsvRows.resource(TestJars.anchorIn(jar), "/data/people.csv");
		BatchSources sources = new BatchSources(tmp);

		String recorded = sources.recorded(people);

		assertThat(recorded).isEqualTo("jar:" + jar.toUri() + "!/data/people.csv");
		assertThat(sources.resolve(recorded)).isEqualTo(people);
		assertThat(BatchSources.checksum(sources.resolve(recorded)))
			.isEqualTo(BatchSources.checksum(Files.writeString(tmp.resolve("same.csv"), "name\nAda\n")));
	}

	@Test
	void aJarThatIsGoneReadsBackAsTheMissingJar(@TempDir Path tmp) {
		Path jar = tmp.resolve("gone.jar").toAbsolutePath();

		Path resolved = new BatchSources(tmp).resolve("jar:" + jar.toUri() + "!/data/people.csv");

		assertThat(resolved).isEqualTo(jar);
		assertThat(Files.exists(resolved)).isFalse();
	}

}
