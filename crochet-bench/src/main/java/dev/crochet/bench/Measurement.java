package dev.crochet.bench;

/**
 * One row of the report: the same work done with the raw driver and with Crochet.
 *
 * @param workload what was done, e.g. {@code createNodes 1,000,000}
 * @param rows entities (or statements) the work touched, for throughput
 * @param raw the raw driver (its best variant where several were tried)
 * @param crochet Crochet
 * @param migrationsSeconds Neo4j-Migrations' time, or null where it was not run
 * @param target what Crochet is held to
 */
record Measurement(String workload, long rows, Run raw, Run crochet, Double migrationsSeconds, Target target) {

	double rawSeconds() {
		return raw.seconds();
	}

	double crochetSeconds() {
		return crochet.seconds();
	}

	/** Crochet's time over the raw driver's (lower is better; 1.0 is parity). */
	double timeRatio() {
		return crochet.seconds() / raw.seconds();
	}

	/**
	 * The same on process CPU time, which other load on the machine disturbs far less.
	 */
	double cpuRatio() {
		return crochet.cpuSeconds() / raw.cpuSeconds();
	}

	double crochetThroughput() {
		return rows / crochet.seconds();
	}

	double rawThroughput() {
		return rows / raw.seconds();
	}

	boolean targetMet() {
		return target.met(this);
	}
}
