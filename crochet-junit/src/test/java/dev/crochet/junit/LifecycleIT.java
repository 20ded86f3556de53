package dev.crochet.junit;

import dev.crochet.junit.samples.LifecycleSamples.DataReset;
import dev.crochet.junit.samples.LifecycleSamples.InheritedMeta;
import dev.crochet.junit.samples.LifecycleSamples.NoReset;
import dev.crochet.junit.samples.LifecycleSamples.ParallelA;
import dev.crochet.junit.samples.LifecycleSamples.ParallelB;
import dev.crochet.junit.samples.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Meta-annotation, inheritance, @Nested, parameters, resets and parallel classes, through the EngineTestKit. */
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
		EngineExecutionResults results = Kit.run(Map.of("junit.jupiter.execution.parallel.enabled", "true",
				"junit.jupiter.execution.parallel.mode.default", "concurrent",
				"junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
				"junit.jupiter.execution.parallel.config.strategy", "fixed",
				"junit.jupiter.execution.parallel.config.fixed.parallelism", "2"), ParallelA.class, ParallelB.class);
		results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
		List<Object> intervals = Recorder.seen("parallel");
		assertThat(intervals).hasSize(2);
		long[] first = (long[]) intervals.get(0);
		long[] second = (long[]) intervals.get(1);
		assertThat(second[0]).as("the second class starts after the first ends").isGreaterThanOrEqualTo(first[1]);
	}
}
