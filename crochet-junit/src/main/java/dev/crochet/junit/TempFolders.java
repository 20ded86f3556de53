package dev.crochet.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Deletes the extension's temporary folders (ledgers and their templates). Not
 * crochet-neo4j-embedded's {@code Folders}: the extension must load without that module,
 * which users of an external server or Testcontainers may exclude.
 */
final class TempFolders {

	private TempFolders() {
	}

	/**
	 * Deletes {@code folder} and what it holds; a leftover is not worth failing a test
	 * class for (the OS clears its temporary directory).
	 */
	static void deleteQuietly(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | RuntimeException ignored) {
			// See above.
		}
	}

}
