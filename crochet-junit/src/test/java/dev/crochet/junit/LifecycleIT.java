package dev.crochet.junit;

import dev.crochet.junit.samples.LifecycleSamples;
import dev.crochet.junit.samples.LifecycleSamples.DataReset;
import dev.crochet.junit.samples.LifecycleSamples.InheritedMeta;
import dev.crochet.junit.samples.LifecycleSamples.NoReset;
import dev.crochet.junit.samples.LifecycleSamples.ParallelA;
import dev.crochet.junit.samples.LifecycleSamples.ParallelB;
import dev.crochet.junit.samples.LifecycleSamples.TogetherA;
import dev.crochet.junit.samples.LifecycleSamples.TogetherB;
import dev.crochet.junit.samples.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meta-annotation, inheritance, @Nested, parameters, resets and parallel classes, through
 * the EngineTestKit.
 */
class LifecycleIT {

	@Test
	void metaAnnotatedInheritedNestedWithParametersAndResets() {
		Recorder.clear();
		EngineExecutionResults results = Kit.run(InheritedMeta.class, DataReset.class, NoReset.class);
		results.testEvents().assertStatistics(stats -> stats.started(7).succeeded(7).failed(0));
		results.containerEvents().assertStatistics(stats -> stats.failed(0).aborted(0));
		assertThat(Recorder.seen("Inner.driver")).hasSize(1);
	}

	@Test
	void classesOnOneServerDoNotOverlapUnderParallelExecution() {
		Recorder.clear();
		EngineExecutionResults results = Kit.run(parallel("1"), ParallelA.class, ParallelB.class);
		results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
		List<Object> intervals = Recorder.seen("parallel");
		assertThat(intervals).hasSize(2);
		long[] first = (long[]) intervals.get(0);
		long[] second = (long[]) intervals.get(1);
		assertThat(second[0]).as("the second class starts after the first ends").isGreaterThanOrEqualTo(first[1]);
	}

	@Test
	void classesRunTogetherOnServersOfTheirOwnEachFromACleanGraph() {
		Recorder.clear();
		LifecycleSamples.bothRunning = new CountDownLatch(2);
		EngineExecutionResults results = Kit.run(parallel("2"), TogetherA.class, TogetherB.class);
		// Each test waited for the other to be running: both met, so they ran at the same
		// time, and each
		// saw only its own marker and the migrated people, so each had a clean database
		// of its own.
		results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
		assertThat(Recorder.seen("together.met")).containsExactly(true, true);
		String serverA = Kit.entries(results, TogetherA.class).get("crochet.server");
		String serverB = Kit.entries(results, TogetherB.class).get("crochet.server");
		assertThat(serverA).startsWith("embedded at bolt://");
		assertThat(serverB).startsWith("embedded at bolt://");
		assertThat(address(serverA)).isNotEqualTo(address(serverB));
	}

	/**
	 * JUnit's parallel execution of classes on two threads, with {@code servers} embedded
	 * servers.
	 */
	private static Map<String, String> parallel(String servers) {
		return Map.of("junit.jupiter.execution.parallel.enabled", "true",
				"junit.jupiter.execution.parallel.mode.default", "concurrent",
				"junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
				"junit.jupiter.execution.parallel.config.strategy", "fixed",
				"junit.jupiter.execution.parallel.config.fixed.parallelism", "2", "crochet.servers", servers);
	}

	/**
	 * {@code bolt://127.0.0.1:7687} from
	 * {@code embedded at bolt://127.0.0.1:7687, started in 2310 ms}.
	 */
	private static String address(String serverEntry) {
		return serverEntry.replaceFirst("^embedded at ", "").replaceFirst(",.*$", "");
	}

}
