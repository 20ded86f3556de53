package dev.crochet.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.neo4j.driver.AuthTokens;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the annotation, system properties and environment decide the server; no server is
 * started.
 */
class ServerSpecTest {

	@CrochetMigrated(migrationPackages = "m")
	static class Auto {

	}

	@CrochetMigrated(migrationPackages = "m", uri = "bolt://db:7687", username = "neo4j", password = "secret")
	static class AutoWithUri {

	}

	@CrochetMigrated(migrationPackages = "m", backend = Backend.TESTCONTAINERS, image = "neo4j:5.26.0-enterprise")
	static class Containers {

	}

	@CrochetMigrated(migrationPackages = "m", backend = Backend.TESTCONTAINERS, image = " ")
	static class BlankImage {

	}

	@CrochetMigrated(migrationPackages = "m", backend = Backend.EXTERNAL)
	static class External {

	}

	static ServerSpec.Environment environment(Map<String, String> properties, Map<String, String> variables,
			boolean embedded) {
		return new ServerSpec.Environment(properties::get, variables::get, () -> embedded);
	}

	static ServerSpec spec(Class<?> type, ServerSpec.Environment environment) {
		return ServerSpec.of(type.getAnnotation(CrochetMigrated.class), type, environment);
	}

	@Test
	void autoUsesTheEmbeddedServerWhenNothingElseIsSaid() {
		ServerSpec spec = spec(Auto.class, environment(Map.of(), Map.of(), true));
		assertThat(spec).isEqualTo(new ServerSpec(Backend.EMBEDDED, null, null, null, null));
		assertThat(spec.lockName()).isEqualTo("dev.crochet.junit.neo4j[embedded]");
		assertThat(spec.authToken()).isEqualTo(AuthTokens.none());
	}

	@Test
	void autoFallsBackToTestcontainersWithoutTheEmbeddedServer() {
		ServerSpec spec = spec(Auto.class, environment(Map.of(), Map.of(), false));
		assertThat(spec.backend()).isEqualTo(Backend.TESTCONTAINERS);
		assertThat(spec.image()).isEqualTo("neo4j:5.26-community");
		assertThat(spec.key()).isEqualTo("testcontainers neo4j:5.26-community");
	}

	@Test
	void autoPrefersTheAttributeThenThePropertyThenTheVariable() {
		Map<String, String> variables = Map.of("CROCHET_NEO4J_URI", "bolt://from-env:7687", "CROCHET_NEO4J_USERNAME",
				"envuser", "CROCHET_NEO4J_PASSWORD", "envpass");
		Map<String, String> properties = Map.of("crochet.neo4j.uri", "bolt://from-property:7687");
		assertThat(spec(AutoWithUri.class, environment(properties, variables, true)))
			.isEqualTo(new ServerSpec(Backend.EXTERNAL, "bolt://db:7687", "neo4j", "secret", null));
		assertThat(spec(Auto.class, environment(properties, variables, true)))
			.isEqualTo(new ServerSpec(Backend.EXTERNAL, "bolt://from-property:7687", "envuser", "envpass", null));
		ServerSpec fromEnvironment = spec(Auto.class, environment(Map.of(), variables, true));
		assertThat(fromEnvironment.uri()).isEqualTo("bolt://from-env:7687");
		assertThat(fromEnvironment.authToken()).isEqualTo(AuthTokens.basic("envuser", "envpass"));
	}

	@Test
	void externalNeedsAUri() {
		assertThatThrownBy(() -> spec(External.class, environment(Map.of(), Map.of(), true)))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("@CrochetMigrated on " + External.class.getName()
					+ " uses backend = EXTERNAL but no URI is given: "
					+ "set the uri attribute, the system property crochet.neo4j.uri or the environment variable CROCHET_NEO4J_URI");
	}

	@Test
	void theKeyNamesTheServerButNeverThePassword() {
		ServerSpec spec = spec(AutoWithUri.class, environment(Map.of(), Map.of(), true));
		assertThat(spec.key()).isEqualTo("external bolt://db:7687 as neo4j");
		assertThat(spec.toString()).doesNotContain("secret");
	}

	@Test
	void testcontainersMapsImageAndCredentials() {
		ServerSpec spec = spec(Containers.class, environment(Map.of(), Map.of(), true));
		assertThat(spec).isEqualTo(new ServerSpec(Backend.TESTCONTAINERS, null, "neo4j", ContainerServer.PASSWORD,
				"neo4j:5.26.0-enterprise"));
		assertThat(spec.authToken()).isEqualTo(AuthTokens.basic("neo4j", ContainerServer.PASSWORD));
		assertThat(ContainerServer.imageName(spec).asCanonicalNameString()).isEqualTo("neo4j:5.26.0-enterprise");
		// Building the container needs no Docker; resolving its image would.
		assertThat(ContainerServer.container(spec).getAdminPassword()).isEqualTo(ContainerServer.PASSWORD);
	}

	@Test
	void testcontainersNeedsAnImage() {
		assertThatThrownBy(() -> spec(BlankImage.class, environment(Map.of(), Map.of(), true)))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("@CrochetMigrated on " + BlankImage.class.getName()
					+ " uses backend = TESTCONTAINERS with a blank image");
	}

}
