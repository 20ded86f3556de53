package dev.crochet.junit.bench;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeSet;

/**
 * A suite of the sixteen {@link BenchSamples} classes on the embedded backend, run with
 * JUnit's parallel execution on 1, 2 and 4 threads and as many servers
 * ({@code crochet.servers}). Each run is a new JUnit execution, so it starts its own
 * servers: the time includes their starts, as a build's would. Not a test: run it by
 * hand; the command and figures are in crochet-bench's README.
 *
 * <p>
 * Arguments: the server counts to try (default {@code 1 2 4}).
 */
public final class ParallelSuiteBench {

	private ParallelSuiteBench() {
	}

	public static void main(String[] args) {
		int[] counts = args.length == 0 ? new int[] { 1, 2, 4 }
				: Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		DiscoverySelector[] classes = Arrays.stream(BenchSamples.class.getDeclaredClasses())
			.filter(c -> c.getSimpleName().startsWith("Class"))
			.sorted(Comparator.comparing(Class::getName))
			.map(DiscoverySelectors::selectClass)
			.toArray(DiscoverySelector[]::new);
		// An untimed run first, so that the first timed one does not pay for warming the
		// JVM up.
		run(classes, 1);
		System.out.printf("%d classes, one configuration (10 index migrations, NONE), %d cores%n", classes.length,
				Runtime.getRuntime().availableProcessors());
		System.out.println("servers | suite s | servers started | server starts s (sum) | load average");
		for (int count : counts) {
			long start = System.nanoTime();
			EngineExecutionResults results = run(classes, count);
			double seconds = (System.nanoTime() - start) / 1e9;
			TreeSet<String> servers = new TreeSet<>();
			long startMillis = 0;
			for (Event event : results.containerEvents().reportingEntryPublished().list()) {
				String server = event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("crochet.server");
				if (server != null && server.contains("started in")) {
					servers.add(server);
					startMillis += Long.parseLong(server.replaceFirst(".*started in (\\d+) ms.*", "$1"));
				}
			}
			System.out.printf("%7d | %7.1f | %15d | %21.1f | %.2f%n", count, seconds, servers.size(), startMillis / 1e3,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static EngineExecutionResults run(DiscoverySelector[] classes, int servers) {
		EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
			.configurationParameters(Map.of("junit.jupiter.execution.parallel.enabled", "true",
					"junit.jupiter.execution.parallel.mode.default", "concurrent",
					"junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
					"junit.jupiter.execution.parallel.config.strategy", "fixed",
					"junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(servers),
					"crochet.servers", String.valueOf(servers)))
			.selectors(classes)
			.execute();
		results.testEvents().assertStatistics(stats -> stats.succeeded(classes.length).failed(0));
		return results;
	}

}
