package dev.crochet.cli;

import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.embedded.EmbeddedNeo4jException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded Neo4j of one command, started on a thread of its own while the command
 * compiles and scans the project. Both are mostly class loading and CPU; on two cores
 * they overlap, and a command that starts the store is seconds faster. What the command
 * reports is unchanged: a compile error still wins over a store that could not start, and
 * a failed start is reported as before.
 * <p>
 * Never a hang: a store that a run left unclean on a full disk must write to recover, and
 * Neo4j retries that write forever (we saw {@code status} print nothing for 400 s at 100%
 * CPU). So the command waits {@value #FULL_DISK_SECONDS} s for a start while the store's
 * disk is full and {@value #PATIENCE_SECONDS} s otherwise, then stops waiting and says
 * why; the process exits with the start left behind, which is no worse for the store than
 * a kill (Neo4j's recovery starts over on the next start).
 */
final class EmbeddedStart {

	/** How long a start may take on a disk with space left (recovery included). */
	static final int PATIENCE_SECONDS = 120;

	/**
	 * How long a start may take while the store's disk is full: a clean start takes a few
	 * seconds, and one that needs to write never ends.
	 */
	static final int FULL_DISK_SECONDS = 10;

	private final FutureTask<EmbeddedNeo4j> task;

	/** The store's folder (the temporary folder for a throwaway store). */
	private final Path folder;

	private final long startedAt;

	/** Set when the command stopped waiting: a start that ends later closes its store. */
	private final AtomicBoolean abandoned;

	private EmbeddedStart(FutureTask<EmbeddedNeo4j> task, Path folder, AtomicBoolean abandoned) {
		this.task = task;
		this.folder = folder;
		this.startedAt = System.nanoTime();
		this.abandoned = abandoned;
	}

	/**
	 * Starts the store ({@code store} null: a throwaway temporary one) in the background.
	 */
	static EmbeddedStart begin(Project project, Path store) {
		AtomicBoolean abandoned = new AtomicBoolean();
		FutureTask<EmbeddedNeo4j> task = new FutureTask<>(() -> {
			EmbeddedNeo4j started = start(project, store);
			if (abandoned.get()) {
				// Nobody waits for it any more: its shutdown hook must not hold up the
				// exit.
				started.close();
			}
			return started;
		});
		Thread thread = new Thread(task, "crochet-neo4j-start");
		thread.start();
		Path folder = store != null ? store.toAbsolutePath().normalize()
				: Path.of(System.getProperty("java.io.tmpdir"));
		return new EmbeddedStart(task, folder, abandoned);
	}

	/** The started store, or the CliException that says why it could not start. */
	EmbeddedNeo4j await() {
		try {
			return waitForTask();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new CliException(ExitCode.CONNECTION, "Cannot start the embedded Neo4j: " + ex.getCause(),
					ex.getCause());
		}
	}

	/**
	 * The command failed before it needed the store: wait for the start to end and stop
	 * the store, so that it is shut down cleanly rather than by the JVM's exit. Whatever
	 * the start itself ran into is not news next to the command's own failure.
	 */
	void abandon() {
		try {
			waitForTask().close();
		}
		catch (ExecutionException | RuntimeException ignored) {
			// Not started, stuck, or not stopped cleanly: the command's own failure is
			// what gets reported.
		}
	}

	private EmbeddedNeo4j waitForTask() throws ExecutionException {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return task.get(250, TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					// A store half started cannot be left behind: keep waiting, then
					// restore the flag.
					interrupted = true;
				}
				catch (TimeoutException ex) {
					stopWaitingIfStuck();
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Throws once the start has taken too long: {@value #FULL_DISK_SECONDS} s on a full
	 * disk, {@value #PATIENCE_SECONDS} s otherwise.
	 */
	private void stopWaitingIfStuck() {
		long waited = (System.nanoTime() - startedAt) / 1_000_000_000L;
		long free = FreeSpace.of(folder);
		boolean full = free < FreeSpace.FULL;
		if (waited < PATIENCE_SECONDS && !(full && waited >= FULL_DISK_SECONDS)) {
			return;
		}
		abandoned.set(true);
		if (task.isDone()) {
			// Started after all, just now: nobody uses it, and its close may wait on
			// the full disk.
			Thread closing = new Thread(this::abandon, "crochet-neo4j-abandoned");
			closing.setDaemon(true);
			closing.start();
		}
		if (full) {
			throw new CliException(ExitCode.CONNECTION,
					"The embedded Neo4j could not start within " + FULL_DISK_SECONDS + " s: no space left on " + folder
							+ " (" + free + " bytes free); it must write to open the store"
							+ " and to recover what a run left in it. Free some space, then run the command again");
		}
		throw new CliException(ExitCode.CONNECTION, "The embedded Neo4j in " + folder + " could not start within "
				+ PATIENCE_SECONDS
				+ " s; stopped waiting. Run the command again, or set [neo4j] uri to a server holding the graph");
	}

	private static EmbeddedNeo4j start(Project project, Path store) {
		try {
			return store == null ? EmbeddedNeo4j.start() : EmbeddedNeo4j.start(store);
		}
		catch (EmbeddedNeo4jException ex) {
			if (store != null && Files.isDirectory(store) && !Files.isWritable(store)) {
				// Neo4j takes a lock file in the store even to read: a read-only folder
				// reads as "locked" otherwise.
				throw new CliException(ExitCode.CONNECTION, "Cannot start the embedded Neo4j in "
						+ project.relative(store)
						+ ": permission denied (the folder is read-only, and Neo4j must write its lock file there even to read)",
						ex);
			}
			// Another command on this project holds the store: the same situation as a
			// held migration lock.
			boolean held = String.valueOf(ex.getMessage()).contains("is locked by another Neo4j");
			throw new CliException(held ? ExitCode.LOCKED : ExitCode.CONNECTION, ex.getMessage() + (held
					? "; another crochet command is running on this project: try again when it has finished" : ""), ex);
		}
	}

}
