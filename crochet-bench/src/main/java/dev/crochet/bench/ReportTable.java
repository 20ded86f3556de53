package dev.crochet.bench;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Prints the measurements as a fixed-width table, one line per workload, then the
 * verdicts.
 */
final class ReportTable {

	private static final String ROW = "%-34s %-18s %8s %9s %6s %7s %11s %11s %8s %9s %9s%n";

	private ReportTable() {
	}

	static void print(List<Measurement> measurements, HeapWatch.Peak overall, long maxHeap, PrintStream out) {
		out.printf(Locale.ROOT, ROW, "workload", "raw variant", "raw s", "crochet s", "ratio", "cpu rt", "raw rows/s",
				"croc rows/s", "N-M s", "heap raw", "heap croc");
		String line = "-".repeat(141);
		out.println(line);
		for (Measurement m : measurements) {
			out.printf(Locale.ROOT, ROW, m.workload(), m.raw().variant(), seconds(m.rawSeconds()),
					seconds(m.crochetSeconds()), ratio(m.timeRatio()), ratio(m.cpuRatio()), rate(m.rawThroughput()),
					rate(m.crochetThroughput()), m.migrationsSeconds() == null ? "-" : seconds(m.migrationsSeconds()),
					m.raw().heap().describe(), m.crochet().heap().describe());
		}
		out.println(line);
		out.println(
				"ratio = Crochet time / raw time (wall clock); cpu rt = the same on process CPU time (all threads, the"
						+ " embedded Neo4j included), which competing load disturbs less.");
		out.printf(Locale.ROOT,
				"heap = peak sampled heap used / highest heap used right after a GC, in MB of a %s MB max"
						+ " heap shared with the embedded Neo4j.%n",
				HeapWatch.Peak.mb(maxHeap));
		long collections = 0;
		long collectionMillis = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			collections += Math.max(0, gc.getCollectionCount());
			collectionMillis += Math.max(0, gc.getCollectionTime());
		}
		out.printf(Locale.ROOT,
				"Whole run: heap peak %s MB, highest after GC %s MB, %,d collections taking %.1f s;"
						+ " no OutOfMemoryError.%n",
				HeapWatch.Peak.mb(overall.used()), HeapWatch.Peak.mb(overall.liveAfterGc()), collections,
				collectionMillis / 1000.0);
		out.println();
		out.println("Targets:");
		for (Measurement m : measurements) {
			if (m.target() == Target.NONE) {
				continue;
			}
			String detail = m.target() == Target.THROUGHPUT_AT_LEAST_0_85
					? String.format(Locale.ROOT, "throughput %.2fx raw (on CPU %.2fx)", 1 / m.timeRatio(),
							1 / m.cpuRatio())
					: String.format(Locale.ROOT, "time %.2fx %s (on CPU %.2fx)", m.timeRatio(),
							m.raw().variant().equals("file ledger") ? "the file ledger" : "raw", m.cpuRatio())
							+ (m.migrationsSeconds() == null ? "" : String.format(Locale.ROOT,
									", %.2fx Neo4j-Migrations", m.crochetSeconds() / m.migrationsSeconds()));
			out.printf(Locale.ROOT, "  %-4s %-34s %-33s %s%n", m.targetMet() ? "MET" : "MISS", m.workload(),
					m.target().description(), detail);
		}
	}

	static String seconds(double seconds) {
		return String.format(Locale.ROOT, "%.2f", seconds);
	}

	static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2fx", ratio);
	}

	static String rate(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f", perSecond);
	}

}
