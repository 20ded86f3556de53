package dev.crochet.junit.bench;

import dev.crochet.junit.samples.RoundTripSamples;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first class of a JVM, cold: one STEPWISE class with models on the embedded backend,
 * timed from the JVM's start and split by its report entries into the server's start, the
 * clean, the round trip and the rest (scanning the chain, reading the models, the drift
 * check, the ledger, the report file). Run it in a fresh JVM each time; it is not a test.
 * The command and figures are in crochet-bench's README.
 */
public final class ColdStartBench {

	private static final Pattern MILLIS = Pattern.compile("(?:started|emptied|connected)? in (\\d+) ms");

	private ColdStartBench() {
	}

	public static void main(String[] args) {
		long mainAt = ManagementFactory.getRuntimeMXBean().getUptime();
		Class<?> testClass = RoundTripSamples.GoodStepwise.class;
		EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
			.selectors(DiscoverySelectors.selectClass(testClass))
			.execute();
		long endAt = ManagementFactory.getRuntimeMXBean().getUptime();
		results.testEvents().assertStatistics(stats -> stats.succeeded(1));
		Map<String, String> entries = new HashMap<>();
		results.containerEvents()
			.reportingEntryPublished()
			.stream()
			.forEach(e -> entries.putAll(e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()));
		Event started = results.containerEvents()
			.filter(e -> e.getType() == EventType.STARTED
					&& e.getTestDescriptor().getUniqueId().toString().contains("[class:"))
			.findFirst()
			.orElseThrow();
		Event finished = results.containerEvents()
			.filter(e -> e.getType() == EventType.FINISHED
					&& e.getTestDescriptor().getUniqueId().toString().contains("[class:"))
			.findFirst()
			.orElseThrow();
		long classMillis = Duration.between(started.getTimestamp(), finished.getTimestamp()).toMillis();
		long server = millis(entries.get("crochet.server"));
		long clean = millis(entries.get("crochet.clean"));
		long roundTrip = millis(entries.get("crochet.roundtrip"));
		System.out.printf("JVM start to main: %d ms; main to the end of the run: %d ms; the class: %d ms%n", mainAt,
				endAt - mainAt, classMillis);
		System.out.printf(
				"in the class: server start %d ms, clean %d ms, STEPWISE round trip %d ms, the rest %d ms "
						+ "(scan, models, drift, ledger, report)%n",
				server, clean, roundTrip, classMillis - server - clean - roundTrip);
		System.out.printf("load average: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static long millis(String entry) {
		if (entry == null) {
			return 0;
		}
		Matcher matcher = MILLIS.matcher(entry);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

}
