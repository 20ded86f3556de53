package dev.crochet.cli;

import dev.crochet.MigrationInterruptedException;
import sun.misc.Signal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * SIGTERM and Ctrl-C (SIGINT) while a command runs: the run is asked to stop at its next
 * statement or chunk boundary ({@code Crochet.interrupt}), the main thread unwinds
 * through the ordinary failure path (the revision in progress is rolled back, a FAILURE
 * event is recorded, the locks are released, the embedded store is closed), one line goes
 * to stderr, and the exit code is 143 or 130.
 *
 * <p>
 * Why {@code sun.misc.Signal} rather than a shutdown hook: a hook runs while the JVM is
 * already shutting down, concurrently with the command (the embedded store's own hook
 * closed the store under a running ingest, which left the lock held and the batch OPEN),
 * and {@code System.exit} called then blocks forever. A signal handler runs before any of
 * that, and {@code main} exits normally once the command has unwound.
 *
 * <p>
 * Never a hang: if the command has not unwound within {@link #GRACE_SECONDS} seconds, or
 * a second signal comes, the process halts at once; the ledger's journal and Neo4j's
 * recovery let the next run continue from there.
 */
final class InterruptSignals {

	/**
	 * How long a signalled command may take to unwind before the process halts without
	 * it.
	 */
	static final int GRACE_SECONDS = 20;

	/** The signal received, or null. */
	private static final AtomicReference<String> RECEIVED = new AtomicReference<>();

	/**
	 * How to ask the running command to stop, or null when none can be asked (nothing to
	 * interrupt yet).
	 */
	private static final AtomicReference<Consumer<String>> RUNNING = new AtomicReference<>();

	private static volatile boolean reported;

	private InterruptSignals() {
	}

	/**
	 * Handles SIGTERM and SIGINT from now on (called from {@code main} only: tests run
	 * commands in their own JVM).
	 */
	static void install() {
		for (String name : new String[] { "TERM", "INT" }) {
			try {
				Signal.handle(new Signal(name), signal -> received("SIG" + signal.getName()));
			}
			catch (IllegalArgumentException ex) {
				// The signal is ignored (SIGINT in a background job) or reserved: its
				// default stays.
			}
		}
	}

	/**
	 * Registers how to interrupt the command that now runs; a signal that came before is
	 * passed on at once. Returns what unregisters it.
	 */
	static Runnable running(Consumer<String> interrupt) {
		RUNNING.set(interrupt);
		String signal = RECEIVED.get();
		if (signal != null) {
			interrupt.accept(signal);
		}
		return () -> RUNNING.compareAndSet(interrupt, null);
	}

	/** The signal received ({@code SIGTERM}, {@code SIGINT}), or null. */
	static String received() {
		return RECEIVED.get();
	}

	/** 143 for SIGTERM, 130 for SIGINT (128 + the signal number, as shells report it). */
	static int exitCode(String signal) {
		return "SIGINT".equals(signal) ? ExitCode.INTERRUPTED : ExitCode.TERMINATED;
	}

	/** The one line for an interrupted run. */
	static String message(MigrationInterruptedException ex, String signal) {
		reported = true;
		return "crochet: interrupted by " + signal + "; " + (ex.revision() == null ? "no revision was in progress"
				: "revision " + ex.revision() + " was rolled back") + ", the lock is released";
	}

	/**
	 * The exit code of a command that was signalled: the command's own line was printed
	 * when it failed; one that finished anyway gets its line here.
	 */
	static int finish(int code, PrintStream err) {
		String signal = RECEIVED.get();
		if (signal == null) {
			return code;
		}
		if (!reported && code == ExitCode.OK) {
			err.println("crochet: interrupted by " + signal + " after the command had finished");
			err.flush();
		}
		return exitCode(signal);
	}

	private static void received(String signal) {
		if (!RECEIVED.compareAndSet(null, signal)) {
			// A second signal: the user does not want to wait.
			System.err.println(
					"crochet: " + signal + " again; stopping now (the next run recovers from the ledger's journal)");
			System.err.flush();
			Runtime.getRuntime().halt(exitCode(RECEIVED.get()));
		}
		Consumer<String> interrupt = RUNNING.get();
		if (interrupt != null) {
			try {
				interrupt.accept(signal);
			}
			catch (RuntimeException ex) {
				// Asking is all a handler can do; the watchdog below still bounds the
				// wait.
			}
		}
		Thread watchdog = new Thread(() -> {
			try {
				Thread.sleep(GRACE_SECONDS * 1000L);
			}
			catch (InterruptedException ex) {
				return;
			}
			System.err
				.println("crochet: interrupted by " + signal + "; the command did not stop within " + GRACE_SECONDS
						+ " s, so it was stopped where it stood (the next run recovers from the ledger's journal)");
			System.err.flush();
			Runtime.getRuntime().halt(exitCode(signal));
		}, "crochet-interrupt-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
	}

}
