package dev.crochet.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class FoldersTest {

	@TempDir
	Path scratch;

	@Test
	void deletesAFolderWithEverythingInIt() throws IOException {
		Path folder = scratch.resolve("store");
		Files.createDirectories(folder.resolve("databases/neo4j"));
		Files.writeString(folder.resolve("databases/neo4j/neostore"), "x");
		Files.writeString(folder.resolve("store_lock"), "");
		Files.createDirectories(folder.resolve("empty"));

		Folders.delete(folder);

		assertThat(folder).doesNotExist();
		assertThat(scratch).exists();
	}

	@Test
	void anAbsentFolderIsNothingToDo() {
		assertThatNoException().isThrownBy(() -> Folders.delete(scratch.resolve("never-made")));
		assertThatNoException().isThrownBy(() -> Folders.deleteQuietly(scratch.resolve("never-made")));
	}

	@Test
	void leavesItsSiblingsAlone() throws IOException {
		Path folder = Files.createDirectories(scratch.resolve("ledger"));
		Path sibling = Files.writeString(scratch.resolve("ledger.db"), "keep");
		Files.writeString(folder.resolve("ledger.db"), "go");

		Folders.deleteQuietly(folder);

		assertThat(folder).doesNotExist();
		assertThat(sibling).hasContent("keep");
	}

}
