package dev.crochet.bench;

/**
 * One side's figure for a workload: its best (or median) time, the CPU it took, which
 * variant it was and the heap while it ran.
 *
 * @param seconds wall-clock seconds
 * @param cpuSeconds process CPU seconds (all threads, the embedded Neo4j included)
 * @param variant e.g. {@code UNWIND 10,000/tx}
 * @param heap heap use over all runs of this side
 */
record Run(double seconds, double cpuSeconds, String variant, HeapWatch.Peak heap) {

	static final Run NONE = new Run(Double.MAX_VALUE, Double.MAX_VALUE, "", new HeapWatch.Peak(0, 0));

	/** The faster of the two, keeping the higher heap figures of both. */
	Run best(Run other) {
		Run faster = other.seconds < seconds ? other : this;
		return new Run(faster.seconds, faster.cpuSeconds, faster.variant, heap.max(other.heap));
	}

	static Run of(Timing.Sample sample, String variant, HeapWatch.Peak heap) {
		return new Run(sample.seconds(), sample.cpuSeconds(), variant, heap);
	}
}
