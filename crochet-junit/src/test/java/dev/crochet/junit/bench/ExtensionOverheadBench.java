package dev.crochet.junit.bench;

import dev.crochet.Crochet;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.migration.ResolvedMigration;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.lang.management.ManagementFactory;
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
 * The extension's overhead per test class beyond the raw migration time: a class whose
 * verdict is already known gets a clean database, a fresh ledger and 10 migrations (mode
 * NONE). Not a test: run it by hand, on an otherwise quiet machine; the command and
 * figures are in crochet-bench's README.
 */
public final class ExtensionOverheadBench {

	private static final int ROUNDS = 4;

	private static final Pattern MILLIS = Pattern.compile(" in (\\d+) ms");

	private ExtensionOverheadBench() {
	}

	public static void main(String[] args) throws Exception {
		Class<?>[] classes = Arrays.stream(BenchSamples.class.getDeclaredClasses())
			.filter(c -> c.getSimpleName().startsWith("Class"))
			.sorted((a, b) -> a.getName().compareTo(b.getName()))
			.limit(12)
			.toArray(Class<?>[]::new);
		Path directory = Files.createTempDirectory("crochet-bench-");
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start();
				Driver driver = GraphDatabase.driver(neo4j.boltUri().toString(), AuthTokens.none())) {
			System.setProperty("crochet.neo4j.uri", neo4j.boltUri().toString());
			List<ResolvedMigration> migrations;
			try (Crochet scan = Crochet.configure()
				.driver(driver)
				.ledger(directory.resolve("scan.db"))
				.migrationPackages("dev.crochet.junit.fixtures.bench")
				.load()) {
				migrations = scan.chain().migrations();
			}
			List<Long> perClass = new ArrayList<>();
			List<Long> cleans = new ArrayList<>();
			List<Long> migrates = new ArrayList<>();
			List<Long> raw = new ArrayList<>();
			// Rounds of classes and raw upgrades take turns: Neo4j's planner keeps
			// getting faster for a long
			// while (the JIT reaches it late), so raw upgrades measured after all the
			// classes looked faster.
			// Round 0 of each is a warm-up.
			for (int round = 0; round < ROUNDS; round++) {
				EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
					.selectors(Arrays.stream(classes)
						.map(DiscoverySelectors::selectClass)
						.toArray(DiscoverySelector[]::new))
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
				List<Long> rawRound = new ArrayList<>();
				for (int i = 0; i < classes.length - 1; i++) {
					try (Crochet crochet = Crochet.configure()
						.driver(driver)
						.ledger(directory.resolve("raw-" + round + "-" + i + ".db"))
						.migrations(migrations)
						.cleanEnabled(true)
						.load()) {
						crochet.cleanDatabase();
						long start = System.nanoTime();
						crochet.upgrade();
						rawRound.add((System.nanoTime() - start) / 1_000_000);
					}
				}
				if (round == 0) {
					continue;
				}
				// The first class computes the verdict.
				perClass.addAll(times.subList(1, times.size()));
				List<Long> roundCleans = millisOf(results, "crochet.clean");
				cleans.addAll(roundCleans.subList(1, roundCleans.size()));
				migrates.addAll(millisOf(results, "crochet.migrate"));
				raw.addAll(rawRound);
			}
			long classMedian = median(perClass);
			long rawMedian = median(raw);
			System.out.printf("per class (clean + fresh ledger + 10 migrations, NONE): median %d ms over %d classes%n",
					classMedian, perClass.size());
			System.out.printf("raw upgrade of the same 10 migrations: median %d ms over %d upgrades%n", rawMedian,
					raw.size());
			System.out.printf("extension overhead per class: %d ms (target <= 300 ms)%n", classMedian - rawMedian);
			System.out.printf(
					"inside a class: clean median %d ms, migrate median %d ms (from the report entries), "
							+ "the rest %d ms%n",
					median(cleans), median(migrates), classMedian - median(cleans) - median(migrates));
			System.out.printf("crochet.reuseMigratedSchema=%s%n",
					System.getProperty("crochet.reuseMigratedSchema", "true (the default)"));
			System.out.printf("load average at the end: %.2f%n",
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
		finally {
			System.clearProperty("crochet.neo4j.uri");
		}
	}

	/**
	 * The milliseconds in the report entries {@code key} ({@code emptied in 15 ms},
	 * {@code up to x in 95 ms}), in order.
	 */
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
