package dev.crochet.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestEngine;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves this module really runs on JUnit 6, so the kit tests it scans are JUnit 6 runs.
 */
class Jupiter6Test {

	@Test
	void runsOnJupiter6() {
		TestEngine jupiter = ServiceLoader.load(TestEngine.class)
			.stream()
			.map(ServiceLoader.Provider::get)
			.filter(engine -> engine.getId().equals("junit-jupiter"))
			.findFirst()
			.orElseThrow();
		assertThat(jupiter.getVersion()).get().asString().startsWith("6.0.");
	}

}
