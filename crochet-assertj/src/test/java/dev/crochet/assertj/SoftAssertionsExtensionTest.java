package dev.crochet.assertj;

import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.MultipleFailuresError;

import java.util.List;

import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * AssertJ's SoftAssertionsExtension injects CrochetSoftAssertions and reports every
 * failure at the end.
 */
class SoftAssertionsExtensionTest {

	@Test
	void reportsEveryFailureOfATest() {
		// GIVEN a test with two failing soft assertions and a passing one between them
		Events tests = EngineTestKit.engine("junit-jupiter")
			.configurationParameter(OnlyThroughTestKit.PARAMETER, "true")
			.selectors(selectClass(Sample.class))
			.execute()
			.testEvents();
		// THEN it fails once, with both failures
		tests.assertStatistics(stats -> stats.started(1).failed(1));
		Throwable failure = tests.failed()
			.stream()
			.findFirst()
			.orElseThrow()
			.getPayload(TestExecutionResult.class)
			.orElseThrow()
			.getThrowable()
			.orElseThrow();
		assertThat(failure).isInstanceOf(MultipleFailuresError.class);
		List<String> messages = ((MultipleFailuresError) failure).getFailures()
			.stream()
			.map(e -> e.getMessage()
				.replaceFirst("\\Rat SoftAssertionsExtensionTest\\$Sample\\.twoFailures\\(.*\\)$", ""))
			.toList();
		assertThat(messages).containsExactly(
				format("%nExpecting schema snapshot to have a node with kgid:%n  \"company_v1\"%n"
						+ "but its node kgids are:%n  [\"movie_v1\", \"person_v1\"]"),
				format("%nExpecting revision \"0002_drop\" to be rollback-safe, but it declares rollbackSafe = false"));
	}

	/** Run only through the test kit above: it fails on purpose. */
	@ExtendWith({ OnlyThroughTestKit.class, SoftAssertionsExtension.class })
	static class Sample {

		@InjectSoftAssertions
		CrochetSoftAssertions softly;

		@Test
		void twoFailures() {
			softly.assertThat(TestMigrations.models()).hasNode("company_v1");
			softly.assertThat(TestMigrations.migration("0001_init", null)).isRollbackSafe();
			softly.assertThat(TestMigrations.migration("0002_drop", "0001_init", false, null)).isRollbackSafe();
		}

	}

	/**
	 * Skips the sample unless the test kit asked for it (a broad -Dtest pattern would
	 * otherwise select it).
	 */
	static class OnlyThroughTestKit implements ExecutionCondition {

		static final String PARAMETER = "crochet.assertj.samples";

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return context.getConfigurationParameter(PARAMETER).isPresent()
					? ConditionEvaluationResult.enabled("run by the test kit") : ConditionEvaluationResult
						.disabled("a sample that fails on purpose; run through EngineTestKit only");
		}

	}

}
