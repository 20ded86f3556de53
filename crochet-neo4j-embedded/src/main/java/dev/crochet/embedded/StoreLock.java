package dev.crochet.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Crochet's own claim on a store directory, held while a server runs on it. Neo4j locks
 * its store too, but the class it reports that with is internal and has moved between
 * releases (5.26 and 2025.x differ); an operating-system lock of our own says "taken" the
 * same way on every Neo4j line. The operating system drops it when the process dies, so a
 * killed CLI leaves nothing to clean up.
 */
final class StoreLock implements AutoCloseable {

	static final String FILE_NAME = "crochet-embedded.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private StoreLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock or fails with the message users see when another server holds the
	 * directory.
	 */
	static StoreLock acquire(Path directory) {
		FileChannel channel;
		try {
			channel = FileChannel.open(directory.resolve(FILE_NAME), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
		}
		catch (IOException e) {
			throw new EmbeddedNeo4jException("Cannot start the embedded Neo4j in " + directory + ": " + e, e);
		}
		FileLock lock;
		try {
			// null: another process holds it; OverlappingFileLockException: another
			// server in this JVM.
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			lock = null;
		}
		catch (IOException e) {
			closeQuietly(channel);
			throw new EmbeddedNeo4jException("Cannot start the embedded Neo4j in " + directory + ": " + e, e);
		}
		if (lock == null) {
			closeQuietly(channel);
			throw new EmbeddedNeo4jException(lockedMessage(directory), null);
		}
		return new StoreLock(channel, lock);
	}

	static String lockedMessage(Path directory) {
		return "Cannot start the embedded Neo4j: the store directory " + directory
				+ " is locked by another Neo4j (another process, or another server in this JVM)";
	}

	@Override
	public void close() {
		try {
			lock.release();
		}
		catch (IOException ignored) {
			// Closing the channel below releases it as well.
		}
		closeQuietly(channel);
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ignored) {
			// Nothing is lost: the lock goes with the channel, and the file itself is
			// kept on purpose.
		}
	}

}
