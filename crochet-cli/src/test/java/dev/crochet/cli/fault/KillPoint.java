package dev.crochet.cli.fault;

/**
 * Where a trial kills the CLI: the {@code occurrence}-th time the run reaches the fault point
 * {@code point}. Blocking (the default), the process stops there and is killed while it waits; with
 * {@code go}, it announces the point, carries on, and is killed {@code delayMillis} later, in the
 * middle of whatever follows (a constraint build, a chunk, a bulk delete).
 */
record KillPoint(String point, int occurrence, boolean go, long delayMillis) {

	static KillPoint at(String point, int occurrence) {
		return new KillPoint(point, occurrence, false, 0);
	}

	/** Carries on past the point and is killed {@code delayMillis} after it was announced. */
	static KillPoint after(String point, int occurrence, long delayMillis) {
		return new KillPoint(point, occurrence, true, delayMillis);
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
		return go ? point + " " + occurrence + " + " + delayMillis + " ms" : point + " " + occurrence;
	}
}
