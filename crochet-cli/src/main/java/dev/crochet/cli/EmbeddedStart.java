package dev.crochet.cli;

import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.embedded.EmbeddedNeo4jException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The embedded Neo4j of one command, started on a thread of its own while the command
 * compiles and scans the project. Both are mostly class loading and CPU; on two cores
 * they overlap, and a command that starts the store is seconds faster. What the command
 * reports is unchanged: a compile error still wins over a store that could not start, and
 * a failed start is reported as before.
 */
final class EmbeddedStart {

	private final FutureTask<EmbeddedNeo4j> task;

	private EmbeddedStart(FutureTask<EmbeddedNeo4j> task) {
		this.task = task;
	}

	/**
	 * Starts the store ({@code store} null: a throwaway temporary one) in the background.
	 */
	static EmbeddedStart begin(Project project, Path store) {
		FutureTask<EmbeddedNeo4j> task = new FutureTask<>(() -> start(project, store));
		Thread thread = new Thread(task, "crochet-neo4j-start");
		thread.start();
		return new EmbeddedStart(task);
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
			// Not started, or not stopped cleanly: the command's own failure is what gets
			// reported.
		}
	}

	private EmbeddedNeo4j waitForTask() throws ExecutionException {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return task.get();
				}
				catch (InterruptedException ex) {
					// A store half started cannot be left behind: keep waiting, then
					// restore the flag.
					interrupted = true;
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
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
