package dev.crochet.junit;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs sample classes through the Jupiter engine and reads the outcome of one class. */
final class Kit {

	private Kit() {
	}

	static EngineExecutionResults run(Class<?>... classes) {
		return run(Map.of(), classes);
	}

	static EngineExecutionResults run(Map<String, String> configuration, Class<?>... classes) {
		return EngineTestKit.engine("junit-jupiter")
			.configurationParameters(configuration)
			.selectors(Arrays.stream(classes).map(DiscoverySelectors::selectClass).toArray(DiscoverySelector[]::new))
			.execute();
	}

	/** How the container of {@code testClass} finished. */
	static TestExecutionResult outcome(EngineExecutionResults results, Class<?> testClass) {
		return finished(results, testClass)
			.orElseThrow(() -> new AssertionError(testClass.getName() + " did not finish"));
	}

	static Optional<TestExecutionResult> finished(EngineExecutionResults results, Class<?> testClass) {
		List<Event> events = results.containerEvents()
			.finished()
			.stream()
			.filter(e -> e.getTestDescriptor().getUniqueId().toString().endsWith("[class:" + testClass.getName() + "]")
					|| e.getTestDescriptor()
						.getUniqueId()
						.toString()
						.endsWith("[nested-class:" + testClass.getSimpleName() + "]"))
			.toList();
		return events.stream().findFirst().map(e -> e.getRequiredPayload(TestExecutionResult.class));
	}

	/** The message the class's container failed with. */
	static String failure(EngineExecutionResults results, Class<?> testClass) {
		TestExecutionResult result = outcome(results, testClass);
		if (result.getStatus() != TestExecutionResult.Status.FAILED) {
			throw new AssertionError(testClass.getName() + " did not fail: " + result);
		}
		return result.getThrowable().orElseThrow().getMessage();
	}

	static Throwable thrown(EngineExecutionResults results, Class<?> testClass) {
		return outcome(results, testClass).getThrowable()
			.orElseThrow(() -> new AssertionError(testClass.getName() + " threw nothing"));
	}

	/** The report entries published for the container of {@code testClass}, in order. */
	static Map<String, String> entries(EngineExecutionResults results, Class<?> testClass) {
		Map<String, String> entries = new LinkedHashMap<>();
		results.containerEvents()
			.reportingEntryPublished()
			.stream()
			.filter(e -> e.getTestDescriptor().getUniqueId().toString().endsWith("[class:" + testClass.getName() + "]"))
			.forEach(e -> entries.putAll(e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()));
		return entries;
	}

	static long tests(EngineExecutionResults results, Class<?> testClass, EventType type) {
		return results.testEvents()
			.stream()
			.filter(e -> e.getType() == type)
			.filter(e -> e.getTestDescriptor().getUniqueId().toString().contains("[class:" + testClass.getName() + "]"))
			.count();
	}

}
