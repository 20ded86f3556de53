package dev.crochet.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the measurements as a fixed-width table, one line per workload, then the verdicts. */
final class ReportTable {

	private static final String ROW = "%-34s %-20s %9s %9s %7s %12s %12s %9s %15s%n";

	private ReportTable() {
	}

	static void print(List<Measurement> measurements, HeapWatch.Peak overall, long maxHeap, PrintStream out) {
		out.printf(Locale.ROOT, ROW, "workload", "raw variant", "raw s", "crochet s", "ratio", "raw rows/s",
				"crochet r/s", "N-M s", "heap MB pk/aGC");
		out.println("-".repeat(135));
		for (Measurement m : measurements) {
			out.printf(Locale.ROOT, ROW, m.workload(), m.rawVariant(), seconds(m.rawSeconds()), seconds(m.crochetSeconds()),
					String.format(Locale.ROOT, "%.2fx", m.timeRatio()), rate(m.rawThroughput()), rate(m.crochetThroughput()),
					m.migrationsSeconds() == null ? "-" : seconds(m.migrationsSeconds()), m.heap().describe());
		}
		out.println("-".repeat(135));
		out.printf(Locale.ROOT, "ratio = Crochet time / raw time. heap = peak sampled heap used / highest heap used right "
				+ "after a GC, MB, of a %s MB max heap shared with the embedded Neo4j.%n", HeapWatch.Peak.mb(maxHeap));
		out.printf(Locale.ROOT, "Whole run: heap peak %s MB, highest after GC %s MB; no OutOfMemoryError.%n",
				HeapWatch.Peak.mb(overall.used()), HeapWatch.Peak.mb(overall.liveAfterGc()));
		out.println();
		out.println("Targets:");
		for (Measurement m : measurements) {
			if (m.target() == Target.NONE) {
				continue;
			}
			String detail = m.target() == Target.THROUGHPUT_AT_LEAST_0_85
					? String.format(Locale.ROOT, "throughput %.2fx raw", m.rawSeconds() / m.crochetSeconds())
					: String.format(Locale.ROOT, "time %.2fx raw", m.timeRatio())
							+ (m.migrationsSeconds() == null ? ""
									: String.format(Locale.ROOT, ", %.2fx Neo4j-Migrations", m.crochetSeconds() / m.migrationsSeconds()));
			out.printf(Locale.ROOT, "  %-4s %-34s %-34s %s%n", m.targetMet() ? "MET" : "MISS", m.workload(),
					m.target().description(), detail);
		}
	}

	static String seconds(double seconds) {
		return String.format(Locale.ROOT, "%.3f", seconds);
	}

	static String rate(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f", perSecond);
	}
}
