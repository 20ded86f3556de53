package dev.crochet.cli;

import dev.crochet.embedded.EmbeddedNeo4j;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closes the embedded store, but never waits forever. On a full disk Neo4j's close keeps
 * retrying the final flush (we saw 10 minutes at 100% CPU), yet everything committed is
 * already in its transaction log, which Neo4j replays on the next start; so after a short
 * wait on a full disk, or a long one otherwise, the command stops waiting and says why.
 */
final class StoreClose {

	/**
	 * How long a close may take on a disk with space left (a large page cache takes a
	 * while to flush).
	 */
	static final int PATIENCE_SECONDS = 120;

	/** How long a close may take once the store's disk is full. */
	static final int FULL_DISK_SECONDS = 3;

	private StoreClose() {
	}

	static void within(EmbeddedNeo4j embedded, Project project) {
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Thread closing = new Thread(() -> {
			try {
				embedded.close();
			}
			catch (RuntimeException ex) {
				failure.set(ex);
			}
		}, "crochet-store-close");
		closing.setDaemon(true);
		closing.start();
		Path store = embedded.storeDirectory();
		long start = System.nanoTime();
		try {
			while (closing.isAlive()) {
				closing.join(250);
				long waited = (System.nanoTime() - start) / 1_000_000_000L;
				boolean full = FreeSpace.full(store);
				if (closing.isAlive() && (waited >= PATIENCE_SECONDS || (full && waited >= FULL_DISK_SECONDS))) {
					throw new CliException(ExitCode.CONNECTION, "The embedded Neo4j in " + project.relative(store)
							+ " did not close within " + waited + " s"
							+ (full ? ": disk full (" + FreeSpace.of(store) + " bytes free on its file system)" : "")
							+ "; stopped waiting. What was committed is in its transaction log and is recovered on the next"
							+ " start" + (full ? ": free some space first" : ""));
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

}
