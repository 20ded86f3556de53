package dev.crochet.cli;

import dev.crochet.embedded.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A copy of an embedded store that cannot be written, in a temporary folder, for commands
 * that only read it. Neo4j writes a lock file into its store even to read it, and
 * recovers an unclean store on start, so a read-only store cannot be opened in place at
 * all; a copy can, and the original is left exactly as it was.
 */
final class StoreCopy {

	/**
	 * Above this a copy costs more than a user expects of {@code status}: point to a
	 * server instead.
	 */
	static final long LIMIT_BYTES = 2L << 30;

	private StoreCopy() {
	}

	/** Whether Neo4j would have to write somewhere in {@code store} that it may not. */
	static boolean needed(Path store) {
		if (!Files.isDirectory(store)) {
			return false;
		}
		try (Stream<Path> tree = Files.walk(store)) {
			return tree.anyMatch(p -> !Files.isWritable(p));
		}
		catch (IOException | UncheckedIOException ex) {
			// Unreadable in part: opening it in place reports that precisely.
			return false;
		}
	}

	/**
	 * Copies {@code store} into a new temporary folder, refusing (exit 4) when it is too
	 * large or the copy fails.
	 */
	static Path of(Path store, String shown) {
		long size = size(store, shown);
		if (size > LIMIT_BYTES) {
			throw new CliException(ExitCode.CONNECTION, "Cannot start the embedded Neo4j in " + shown
					+ ": permission denied (the folder is read-only, and Neo4j must write its lock file there even to read);"
					+ " it is too large to read from a copy (" + megabytes(size) + " MB, above "
					+ megabytes(LIMIT_BYTES)
					+ " MB): make it writable, or set [neo4j] uri to a server holding the graph");
		}
		Path copy;
		try {
			copy = Files.createTempDirectory("crochet-store-");
		}
		catch (IOException ex) {
			throw new CliException(ExitCode.USAGE,
					"Cannot create a temporary folder for a copy of " + shown + ": " + FileErrors.describe(ex), ex);
		}
		try (Stream<Path> tree = Files.walk(store)) {
			for (Path from : (Iterable<Path>) tree::iterator) {
				Path to = copy.resolve(store.relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return copy;
		}
		catch (IOException | UncheckedIOException ex) {
			Folders.delete(copy);
			IOException cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) ex;
			throw new CliException(ExitCode.CONNECTION,
					"Cannot copy the read-only store " + shown + " to read it: " + FileErrors.describe(cause), ex);
		}
	}

	private static long size(Path store, String shown) {
		try (Stream<Path> tree = Files.walk(store)) {
			return tree.filter(Files::isRegularFile).mapToLong(p -> {
				try {
					return Files.size(p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).sum();
		}
		catch (IOException | UncheckedIOException ex) {
			IOException cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) ex;
			throw new CliException(ExitCode.CONNECTION,
					"Cannot read the store " + shown + ": " + FileErrors.describe(cause), ex);
		}
	}

	private static long megabytes(long bytes) {
		return (bytes + (1 << 20) - 1) >> 20;
	}

}
