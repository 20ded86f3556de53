package dev.crochet.bench;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * Wall-clock and process CPU seconds of a piece of work. The CPU figure covers every
 * thread of this JVM (the embedded Neo4j included), so it shows the cost of the work even
 * when other processes compete for the cores and stretch the wall-clock time.
 */
final class Timing {

	/** One timed piece of work. */
	record Sample(double seconds, double cpuSeconds) {
	}

	private static final OperatingSystemMXBean OS = osBean();

	private Timing() {
	}

	static Sample measure(Runnable work) {
		long cpu = cpuNanos();
		long start = System.nanoTime();
		work.run();
		long wall = System.nanoTime() - start;
		return new Sample(wall / 1e9, (cpuNanos() - cpu) / 1e9);
	}

	static double seconds(Runnable work) {
		return measure(work).seconds();
	}

	static double median(List<Double> seconds) {
		double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static long cpuNanos() {
		return OS == null ? 0 : Math.max(0, OS.getProcessCpuTime());
	}

	private static OperatingSystemMXBean osBean() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os : null;
	}

}
