package dev.crochet.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes the scratch folders Crochet makes: server stores, test ledgers, compiled
 * classes, store copies. The one copy of this rule for every module; they all depend on
 * this one, and the JDK has no recursive delete.
 */
public final class Folders {

	private Folders() {
	}

	/**
	 * Deletes {@code folder} and everything in it, depth first; nothing to do when it is
	 * absent. A file that vanishes meanwhile (a server removing its own lock file) is not
	 * an error.
	 * @throws UncheckedIOException naming the entry that could not be deleted
	 */
	public static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
					if (failure instanceof NoSuchFileException) {
						return FileVisitResult.CONTINUE;
					}
					throw failure;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
					if (failure != null) {
						throw failure;
					}
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + folder + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * {@link #delete(Path)}, for a cleanup where a leftover folder is not worth failing
	 * for.
	 */
	public static void deleteQuietly(Path folder) {
		try {
			delete(folder);
		}
		catch (UncheckedIOException ignored) {
			// The folder is a temporary one: the next clean or the OS removes it.
		}
	}

}
