package dev.crochet.bench;

import java.util.Arrays;
import java.util.List;

/** Wall-clock seconds of a piece of work, and the median of several. */
final class Timing {

	private Timing() {
	}

	static double seconds(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e9;
	}

	static double median(List<Double> seconds) {
		double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
