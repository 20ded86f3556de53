package dev.crochet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The space left on the file system a path lives on, and whether it counts as full. Neo4j
 * and SQLite fail on a full disk in words that do not say so (a constraint "failed to
 * populate", a shared-memory file "could not be mapped"), so the CLI asks the file system
 * itself.
 */
final class FreeSpace {

	/**
	 * Below this many usable bytes a file system counts as full: Neo4j and SQLite write
	 * whole pages and files, never a few bytes.
	 */
	static final long FULL = 1 << 20;

	private FreeSpace() {
	}

	/**
	 * Usable bytes on the file system of {@code path} (or of its nearest existing
	 * folder); {@link Long#MAX_VALUE} when that cannot be read.
	 */
	static long of(Path path) {
		Path existing = path.toAbsolutePath();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return Long.MAX_VALUE;
		}
		try {
			return Files.getFileStore(existing).getUsableSpace();
		}
		catch (IOException ex) {
			return Long.MAX_VALUE;
		}
	}

	/** Whether the file system of {@code path} is full. */
	static boolean full(Path path) {
		return of(path) < FULL;
	}

}
