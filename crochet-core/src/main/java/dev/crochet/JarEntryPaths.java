package dev.crochet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Paths to files inside jars ({@code jar:file:/app.jar!/data/people.csv}), read through
 * the JDK's zip file system: an entry is inflated as it is read, so a data file in a jar
 * streams with the same flat memory as one on disk, and its checksum and rows come from
 * the jar itself, never from a copy.
 */
public final class JarEntryPaths {

	private JarEntryPaths() {
	}

	/**
	 * The path {@code uri} names, opening the jar's file system the first time one of its
	 * entries is asked for. The file system stays open for the life of the JVM, as the
	 * class loader that serves the same jar keeps it open too; opening it again for every
	 * read would re-read the jar's directory each time.
	 * @throws FileSystemNotFoundException when no file system serves {@code uri}'s scheme
	 * (a jar nested in a jar, a web address)
	 * @throws UncheckedIOException when the jar cannot be opened
	 */
	public static Path of(URI uri) {
		try {
			return Path.of(uri);
		}
		catch (FileSystemNotFoundException notOpenYet) {
			if (!"jar".equals(uri.getScheme())) {
				throw notOpenYet;
			}
			return open(uri);
		}
	}

	private static synchronized Path open(URI uri) {
		try {
			FileSystems.newFileSystem(uri, Map.of());
		}
		catch (FileSystemAlreadyExistsException openedMeanwhile) {
			// Another thread, or another caller, opened it first: use theirs.
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open " + uri + ": " + ex.getMessage(), ex);
		}
		return Path.of(uri);
	}

}
