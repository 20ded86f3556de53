package dev.crochet.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a {@link Backend#TESTCONTAINERS} class up front when there is no Docker engine.
 * As a condition, not an assumption in {@code beforeAll}: JUnit then reports the class as
 * skipped with the reason, and Maven's surefire and failsafe count it and show the
 * reason, where an aborted {@code beforeAll} shows up as "Tests run: 0" and the reason is
 * lost.
 */
final class DockerCondition {

	private static final ConditionEvaluationResult ENABLED = ConditionEvaluationResult
		.enabled("not a Testcontainers class without Docker");

	private DockerCondition() {
	}

	static ConditionEvaluationResult evaluate(ExtensionContext context) {
		if (context.getTestMethod().isPresent() || context.getTestClass().isEmpty()) {
			return ENABLED;
		}
		Class<?> testClass = context.getRequiredTestClass();
		ServerSpec spec;
		try {
			spec = Configuration.of(testClass, ServerSpec.Environment.current()).server();
		}
		catch (RuntimeException misuse) {
			// A misconfigured annotation is reported by beforeAll, naming the attribute.
			return ENABLED;
		}
		if (spec.backend() != Backend.TESTCONTAINERS || !ServerSpec.present(ServerSpec.TESTCONTAINERS_CLASS)
				|| ContainerServer.dockerAvailable()) {
			return ENABLED;
		}
		String reason = ContainerServer.noDocker(testClass, spec);
		// Surefire's console summary gives counts only; this line tells the reader of a
		// CI log why.
		System.err.println("[crochet] " + reason);
		return ConditionEvaluationResult.disabled(reason);
	}

}
