package dev.crochet.cli.fault;

import java.util.Map;

/**
 * Where a trial kills the CLI: the {@code occurrence}-th time the run reaches the fault
 * point {@code point}. Blocking (the default), the process stops there and is killed
 * while it waits; with {@code go}, it announces the point, carries on, and is killed
 * {@code delayMillis} later, in the middle of whatever follows (a constraint build, a
 * chunk, a bulk delete). A point {@code midway} through a revision takes its delay from
 * the uninterrupted run: half the time that revision took there, so a slow or busy
 * machine still kills inside the step rather than before it.
 *
 * @param midwayThrough the revision whose reference time sets the delay, or null for a
 * fixed delay
 */
record KillPoint(String point, int occurrence, boolean go, long delayMillis, String midwayThrough) {

	static KillPoint at(String point, int occurrence) {
		return new KillPoint(point, occurrence, false, 0, null);
	}

	/**
	 * Carries on past the point and is killed {@code delayMillis} after it was announced.
	 */
	static KillPoint after(String point, int occurrence, long delayMillis) {
		return new KillPoint(point, occurrence, true, delayMillis, null);
	}

	/**
	 * Carries on past the point and is killed half as long after it as {@code revision}
	 * took in the uninterrupted run.
	 */
	static KillPoint midway(String point, int occurrence, String revision) {
		return new KillPoint(point, occurrence, true, 0, revision);
	}

	/**
	 * This point with a midway delay made concrete from the uninterrupted run's
	 * {@code revisionMillis}.
	 */
	KillPoint timedBy(Map<String, Long> revisionMillis) {
		if (midwayThrough == null) {
			return this;
		}
		Long took = revisionMillis.get(midwayThrough);
		if (took == null) {
			throw new IllegalStateException(
					"The uninterrupted run did not report the time of " + midwayThrough + ": " + revisionMillis);
		}
		return new KillPoint(point, occurrence, true, Math.max(1, took / 2), midwayThrough);
	}

	/** The value of {@code CROCHET_FAULT_POINT}. */
	String armed() {
		return point + ":" + occurrence + (go ? ":go" : "");
	}

	/** The stderr line the trial waits for before it kills. */
	String trigger() {
		return (go ? "crochet-fault-point " : "crochet-fault-point-blocked ") + point + " " + occurrence;
	}

	@Override
	public String toString() {
		if (midwayThrough != null) {
			return point + " " + occurrence + " + half of " + midwayThrough
					+ (delayMillis > 0 ? " (" + delayMillis + " ms)" : "");
		}
		return go ? point + " " + occurrence + " + " + delayMillis + " ms" : point + " " + occurrence;
	}
}
