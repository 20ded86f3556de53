package dev.crochet.junit.bench;

import dev.crochet.Crochet;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.migration.ResolvedMigration;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extension's overhead per test class beyond the raw migration time: a class whose verdict is
 * already known gets a clean database, a fresh ledger and 10 migrations (mode NONE). Not a test: run
 * it by hand (see the report in the pull request for the command), on an otherwise quiet machine.
 */
public final class ExtensionOverheadBench {

	private static final Pattern MILLIS = Pattern.compile(" in (\\d+) ms");

	private ExtensionOverheadBench() {
	}

	public static void main(String[] args) throws Exception {
		Class<?>[] classes = Arrays.stream(BenchSamples.class.getDeclaredClasses())
			.filter(c -> c.getSimpleName().startsWith("Class"))
			.sorted((a, b) -> a.getName().compareTo(b.getName()))
			.toArray(Class<?>[]::new);
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start()) {
			System.setProperty("crochet.neo4j.uri", neo4j.boltUri().toString());
			List<Long> perClass = new ArrayList<>();
			List<Long> cleans = new ArrayList<>();
			List<Long> migrates = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
					.selectors(Arrays.stream(classes).map(DiscoverySelectors::selectClass)
						.toArray(org.junit.platform.engine.DiscoverySelector[]::new))
					.execute();
				results.testEvents().assertStatistics(stats -> stats.succeeded(classes.length));
				Map<String, Event> started = new HashMap<>();
				List<Long> times = new ArrayList<>();
				for (Event event : results.containerEvents().list()) {
					String id = event.getTestDescriptor().getUniqueId().toString();
					if (!id.contains("[class:")) {
						continue;
					}
					if (event.getType() == EventType.STARTED) {
						started.put(id, event);
					}
					else if (event.getType() == EventType.FINISHED) {
						times.add(Duration.between(started.get(id).getTimestamp(), event.getTimestamp()).toMillis());
					}
				}
				// The first class computes the verdict (and, in the first round, warms the JVM up).
				perClass.addAll(times.subList(1, times.size()));
				List<Long> roundCleans = millisOf(results, "crochet.clean");
				List<Long> roundMigrates = millisOf(results, "crochet.migrate");
				cleans.addAll(roundCleans.subList(1, roundCleans.size()));
				migrates.addAll(roundMigrates);
			}
			List<Long> raw = new ArrayList<>();
			List<ResolvedMigration> migrations;
			Path directory = Files.createTempDirectory("crochet-bench-");
			try (Crochet scan = Crochet.configure().uri(neo4j.boltUri().toString()).ledger(directory.resolve("scan.db"))
				.migrationPackages("dev.crochet.junit.fixtures.bench").load()) {
				migrations = scan.chain().migrations();
			}
			for (int i = 0; i < 20; i++) {
				try (Crochet crochet = Crochet.configure().uri(neo4j.boltUri().toString())
					.ledger(directory.resolve("raw-" + i + ".db")).migrations(migrations).load()) {
					crochet.cleanDatabase();
					long start = System.nanoTime();
					crochet.upgrade();
					raw.add((System.nanoTime() - start) / 1_000_000);
				}
			}
			long classMedian = median(perClass);
			long rawMedian = median(raw.subList(5, raw.size()));
			System.out.printf("per class (clean + fresh ledger + 10 migrations, NONE): median %d ms over %d classes%n",
					classMedian, perClass.size());
			System.out.printf("raw upgrade of the same 10 migrations: median %d ms%n", rawMedian);
			System.out.printf("extension overhead per class: %d ms (target <= 300 ms)%n", classMedian - rawMedian);
			System.out.printf("inside a class: clean median %d ms, migrate median %d ms (from the report entries), "
					+ "the rest %d ms%n", median(cleans), median(migrates), classMedian - median(cleans) - median(migrates));
			System.out.printf("load average at the end: %.2f%n",
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
		finally {
			System.clearProperty("crochet.neo4j.uri");
		}
	}

	/** The milliseconds in the report entries {@code key} ({@code emptied in 15 ms}, {@code up to x in 95 ms}), in order. */
	private static List<Long> millisOf(EngineExecutionResults results, String key) {
		List<Long> millis = new ArrayList<>();
		for (Event event : results.containerEvents().reportingEntryPublished().list()) {
			String value = event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get(key);
			if (value != null) {
				Matcher matcher = MILLIS.matcher(value);
				if (matcher.find()) {
					millis.add(Long.parseLong(matcher.group(1)));
				}
			}
		}
		return millis;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
