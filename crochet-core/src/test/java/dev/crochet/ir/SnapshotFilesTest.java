package dev.crochet.ir;

import dev.crochet.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotFilesTest {

	private static final SchemaSnapshot V1 = ModelReader.read("dev.crochet.engine.fixtures.models.v1");

	private static final SchemaSnapshot V2 = ModelReader.read("dev.crochet.engine.fixtures.models.v2");

	@Test
	void aWrittenSnapshotIsFoundByItsHash(@TempDir Path dir) throws IOException {
		Path file = SnapshotFiles.write(dir.resolve("snapshots"), V1);

		assertThat(file).hasFileName(V1.hash() + ".json");
		assertThat(Files.readString(file)).isEqualTo(V1.toCanonicalJson() + "\n");
		assertThat(SnapshotFiles.find(V1.hash(), null, List.of(dir.resolve("missing"), dir.resolve("snapshots"))))
			.contains(V1);
		assertThat(SnapshotFiles.find(V2.hash(), null, List.of(dir.resolve("snapshots")))).isEmpty();
	}

	@Test
	void theClassPathIsLookedAtAfterTheDirectories(@TempDir Path dir) throws IOException {
		SnapshotFiles.write(dir.resolve("resources").resolve(SnapshotFiles.RESOURCE_DIR), V2);
		try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.resolve("resources").toUri().toURL() }, null)) {
			assertThat(SnapshotFiles.find(V2.hash(), loader, List.of(dir.resolve("snapshots")))).contains(V2);
			assertThat(SnapshotFiles.find(V1.hash(), loader, List.of())).isEmpty();
		}
	}

	@Test
	void aFileThatDoesNotHashToItsNameIsRefused(@TempDir Path dir) throws IOException {
		Path file = SnapshotFiles.write(dir, V1);
		Files.writeString(file, V2.toCanonicalJson());

		assertThatThrownBy(() -> SnapshotFiles.find(V1.hash(), null, List.of(dir)))
			.isInstanceOf(ValidationException.class)
			.hasMessage(
					"The schema snapshot " + file + " holds a schema with hash " + V2.hash() + ", not the " + V1.hash()
							+ " of its name; it was edited or renamed. Restore it from version control or delete it");
		Files.writeString(file, "{ not json");
		assertThatThrownBy(() -> SnapshotFiles.find(V1.hash(), null, List.of(dir)))
			.isInstanceOf(ValidationException.class)
			.hasMessageStartingWith("The schema snapshot " + file + " cannot be read: Not a schema snapshot: ");
	}

	@Test
	void somethingThatIsNotAHashIsNeverLookedUp(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("..json"), "{}");
		assertThat(SnapshotFiles.find(".", null, List.of(dir))).isEmpty();
		assertThat(SnapshotFiles.find("../" + V1.hash(), null, List.of(dir))).isEmpty();
		assertThat(SnapshotFiles.find(null, null, List.of(dir))).isEmpty();
	}

}
