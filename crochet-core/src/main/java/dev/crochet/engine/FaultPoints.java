package dev.crochet.engine;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named moments of a run where a crash is worth testing: before a schema statement, after
 * a chunk committed but before the ledger counted it, and so on. Normally inert. With the
 * environment variable {@value #VARIABLE} (or the system property {@value #PROPERTY}) set
 * to {@code <point>[:<occurrence>][:go]}, every point reached is announced on stderr as
 * {@code crochet-fault-point <point> <n>}, and the chosen occurrence of the chosen point
 * (the first by default) blocks forever, so the fault-injection suite can kill the
 * process at exactly that moment; with {@code :go} it carries on instead and the suite
 * kills it while the step runs.
 *
 * <p>
 * Why a hook in the product rather than timing alone: a kill "between a chunk and its
 * ledger write" lasts microseconds, and only a named stop makes that trial repeatable
 * (SQLite's own crash tests stop at named points the same way).
 */
final class FaultPoints {

	/** The environment variable that arms a fault point. */
	static final String VARIABLE = "CROCHET_FAULT_POINT";

	/** The system property that arms a fault point (the variable wins). */
	static final String PROPERTY = "crochet.fault-point";

	private static final String ARMED = armed();

	private static final ConcurrentHashMap<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

	private FaultPoints() {
	}

	private static String armed() {
		String value = System.getenv(VARIABLE);
		if (value == null || value.isBlank()) {
			value = System.getProperty(PROPERTY);
		}
		return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
	}

	/** Marks {@code point} as reached: nothing at all unless a fault point is armed. */
	static void reach(String point) {
		if (ARMED == null) {
			return;
		}
		int occurrence = REACHED.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet();
		System.err.println("crochet-fault-point " + point + " " + occurrence);
		System.err.flush();
		String[] parts = ARMED.split(":");
		int wanted = parts.length > 1 && !parts[1].equals("go") ? Integer.parseInt(parts[1]) : 1;
		boolean go = ARMED.endsWith(":go");
		if (!parts[0].equals(point) || occurrence != wanted || go) {
			return;
		}
		System.err.println("crochet-fault-point-blocked " + point + " " + occurrence);
		System.err.flush();
		while (true) {
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				// Only a kill ends a blocked fault point: that is the whole point of it.
			}
		}
	}

}
