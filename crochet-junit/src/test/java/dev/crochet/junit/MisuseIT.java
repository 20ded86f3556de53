package dev.crochet.junit;

import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.junit.samples.MisuseSamples.DockerOnly;
import dev.crochet.junit.samples.MisuseSamples.ExtendedWithoutAnnotation;
import dev.crochet.junit.samples.MisuseSamples.External;
import dev.crochet.junit.samples.MisuseSamples.ExternalWithoutUri;
import dev.crochet.junit.samples.MisuseSamples.FixtureAfterUnknownRevision;
import dev.crochet.junit.samples.MisuseSamples.FixtureWithTwoSources;
import dev.crochet.junit.samples.MisuseSamples.MissingFixtureResource;
import dev.crochet.junit.samples.MisuseSamples.NoMigrations;
import dev.crochet.junit.samples.MisuseSamples.UnknownTarget;
import dev.crochet.junit.samples.MisuseSamples.UriWithEmbedded;
import dev.crochet.junit.samples.MisuseSamples.WritableLedgerParameter;
import dev.crochet.ledger.Ledger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.opentest4j.TestAbortedException;

import java.lang.reflect.Method;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Misuse fails loudly naming the class; Testcontainers without Docker skips; an external
 * server is used as is.
 */
class MisuseIT {

	static EngineExecutionResults results;

	@BeforeAll
	static void runSamples() {
		assertThat(System.getProperty(ServerSpec.URI_PROPERTY)).isNull();
		assertThat(System.getenv(ServerSpec.URI_VARIABLE)).isNull();
		// Never hangs: Testcontainers' Docker probe must give up quickly on a machine
		// without Docker.
		results = assertTimeoutPreemptively(Duration.ofSeconds(120),
				() -> Kit.run(NoMigrations.class, ExternalWithoutUri.class, UriWithEmbedded.class, UnknownTarget.class,
						FixtureWithTwoSources.class, MissingFixtureResource.class, FixtureAfterUnknownRevision.class,
						ExtendedWithoutAnnotation.class, DockerOnly.class, WritableLedgerParameter.class));
	}

	@Test
	void aWritableLedgerParameterIsRefusedNamingTheView() throws Exception {
		assertThat(Kit.tests(results, WritableLedgerParameter.class, EventType.FINISHED)).isOne();
		Throwable thrown = results.testEvents()
			.failed()
			.stream()
			.filter(e -> e.getTestDescriptor()
				.getUniqueId()
				.toString()
				.contains(WritableLedgerParameter.class.getName()))
			.findFirst()
			.orElseThrow()
			.getRequiredPayload(TestExecutionResult.class)
			.getThrowable()
			.orElseThrow();
		Method writes = WritableLedgerParameter.class.getDeclaredMethod("writes", Ledger.class);
		assertThat(thrown).isInstanceOf(ParameterResolutionException.class)
			.hasMessage("@CrochetMigrated resolves no dev.crochet.ledger.Ledger parameter ("
					+ writes.getParameters()[0].getName() + " of " + writes
					+ "): declare it as dev.crochet.ledger.LedgerView, the ledger's read-only view;"
					+ " only Crochet's verbs write the ledger");
	}

	@Test
	void noMigrations() {
		assertMisuse(NoMigrations.class, "@CrochetMigrated on " + NoMigrations.class.getName()
				+ " names no migrationPackages and no migrationLocations: give at least one");
	}

	@Test
	void externalWithoutUri() {
		assertMisuse(ExternalWithoutUri.class, "@CrochetMigrated on " + ExternalWithoutUri.class.getName()
				+ " uses backend = EXTERNAL but no URI is given: set the uri attribute, the system property crochet.neo4j.uri"
				+ " or the environment variable CROCHET_NEO4J_URI");
	}

	@Test
	void uriWithEmbedded() {
		assertMisuse(UriWithEmbedded.class, "@CrochetMigrated on " + UriWithEmbedded.class.getName()
				+ " sets uri = \"bolt://localhost:7687\" but backend = EMBEDDED, which starts its own server; use backend = EXTERNAL or AUTO");
	}

	@Test
	void unknownTarget() {
		assertMisuse(UnknownTarget.class, "@CrochetMigrated on " + UnknownTarget.class.getName()
				+ " has target = \"0009_nope\", which is not a revision of the chain [0001_person_schema, 0002_seed_people, 0003_active_flag]");
	}

	@Test
	void fixtureWithTwoSources() {
		assertMisuse(FixtureWithTwoSources.class, "@Fixture(afterRevision = \"0001_person_schema\") on "
				+ FixtureWithTwoSources.class.getName() + " needs exactly one of cypher and resource");
	}

	@Test
	void missingFixtureResource() {
		assertMisuse(MissingFixtureResource.class, "@Fixture(afterRevision = \"0001_person_schema\") on "
				+ MissingFixtureResource.class.getName() + ": class path resource fixtures/absent.cypher not found");
	}

	@Test
	void fixtureAfterUnknownRevision() {
		assertMisuse(FixtureAfterUnknownRevision.class, "@Fixture(afterRevision = \"0007_unknown\") on "
				+ FixtureAfterUnknownRevision.class.getName()
				+ " names a revision that is not in the chain [0001_person_schema, 0002_seed_people, 0003_active_flag]");
	}

	@Test
	void extensionWithoutAnnotation() {
		assertMisuse(ExtendedWithoutAnnotation.class,
				"CrochetExtension is registered on " + ExtendedWithoutAnnotation.class.getName()
						+ " but the class has no @CrochetMigrated; annotate it instead of using @ExtendWith");
	}

	@Test
	void testcontainersWithoutDockerSkipsTheClass() {
		// Skipped by the condition before beforeAll, so build tools count it as skipped
		// and keep the reason.
		assertThat(results.containerEvents()
			.skipped()
			.stream()
			.filter(e -> e.getTestDescriptor().getUniqueId().toString().contains("DockerOnly"))
			.map(e -> e.getPayload(String.class).orElse(null)))
			.containsExactly("Docker is not available, so " + DockerOnly.class.getName()
					+ " (@CrochetMigrated with backend TESTCONTAINERS, image neo4j:5.26-community) is skipped");
		assertThat(Kit.tests(results, DockerOnly.class, EventType.STARTED)).isZero();
		assertThat(results.containerEvents()
			.failed()
			.stream()
			.filter(e -> e.getTestDescriptor().getUniqueId().toString().contains("DockerOnly"))).isEmpty();
	}

	@Test
	void externalServerFromTheSystemProperty() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start()) {
			System.setProperty(ServerSpec.URI_PROPERTY, neo4j.boltUri().toString());
			EngineExecutionResults external;
			try {
				external = Kit.run(External.class);
			}
			finally {
				System.clearProperty(ServerSpec.URI_PROPERTY);
			}
			external.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri())) {
				assertThat(driver.executableQuery("MATCH (p:Person) RETURN count(p) AS n")
					.execute()
					.records()
					.get(0)
					.get("n")
					.asLong()).isEqualTo(2);
			}
		}
	}

	private static void assertMisuse(Class<?> sample, String message) {
		assertThat(Kit.thrown(results, sample)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(message);
		assertThat(Kit.tests(results, sample, EventType.STARTED)).isZero();
	}

}
