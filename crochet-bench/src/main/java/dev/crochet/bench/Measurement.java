package dev.crochet.bench;

/**
 * One row of the report: the same work done with the raw driver and with Crochet.
 *
 * @param workload          what was done, e.g. {@code createNodes 1,000,000}
 * @param rows              entities (or statements) the work touched, for throughput
 * @param rawSeconds        the raw driver's time (its best variant where several were tried)
 * @param rawVariant        which raw variant that was, e.g. {@code UNWIND 10,000/tx}
 * @param crochetSeconds    Crochet's time
 * @param migrationsSeconds Neo4j-Migrations' time, or null where it was not run
 * @param target            what Crochet is held to
 * @param heap              heap use while the workload ran
 */
record Measurement(String workload, long rows, double rawSeconds, String rawVariant, double crochetSeconds,
		Double migrationsSeconds, Target target, HeapWatch.Peak heap) {

	/** Crochet's time over the raw driver's (lower is better; 1.0 is parity). */
	double timeRatio() {
		return crochetSeconds / rawSeconds;
	}

	double crochetThroughput() {
		return rows / crochetSeconds;
	}

	double rawThroughput() {
		return rows / rawSeconds;
	}

	boolean targetMet() {
		return target.met(this);
	}
}
