package dev.crochet.junit;

import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.junit.samples.DatabasePerClassSamples.OnEmbedded;
import dev.crochet.junit.samples.DatabasePerClassSamples.OnExternal;
import dev.crochet.junit.samples.Recorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code crochet.databasePerClass} where no Enterprise server exists: an external
 * Community server (the embedded one, reached by its URI) is refused by name; off, or on
 * the embedded backend, classes use the default database as before.
 */
class DatabasePerClassIT {

	private static EmbeddedNeo4j community;

	private static String uri;

	@BeforeAll
	static void startACommunityServer() {
		community = EmbeddedNeo4j.start();
		uri = community.boltUri().toString();
	}

	@AfterAll
	static void stopIt() {
		community.close();
	}

	@BeforeEach
	void forget() {
		Recorder.clear();
	}

	@Test
	void anExternalCommunityServerIsRefusedNamingTheParameterTheServerAndItsEdition() {
		EngineExecutionResults results = withProperty(ServerSpec.URI_PROPERTY, uri,
				() -> Kit.run(Map.of(DatabasePerClass.PARAMETER, "true"), OnExternal.class));
		assertThat(Kit.thrown(results, OnExternal.class)).isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.databasePerClass=true needs a Neo4j Enterprise server (one database per class);"
					+ " the server at " + uri + " is community edition");
		assertThat(Kit.tests(results, OnExternal.class, EventType.STARTED)).isZero();
	}

	@Test
	void offAnExternalServerIsUsedAsBeforeAndTheSessionConfigIsTheDefaultOne() {
		EngineExecutionResults results = withProperty(ServerSpec.URI_PROPERTY, uri,
				() -> Kit.run(Map.of(DatabasePerClass.PARAMETER, "false"), OnExternal.class));
		assertOnTheDefaultDatabase(results, OnExternal.class);
	}

	@Test
	void onTheEmbeddedBackendItChangesNothing() {
		EngineExecutionResults results = Kit.run(Map.of(DatabasePerClass.PARAMETER, "true"), OnEmbedded.class);
		assertOnTheDefaultDatabase(results, OnEmbedded.class);
	}

	@Test
	void aValueOtherThanTrueOrFalseFailsTheClassNamingIt() {
		EngineExecutionResults results = Kit.run(Map.of(DatabasePerClass.PARAMETER, "yes"), OnEmbedded.class);
		assertThat(Kit.thrown(results, OnEmbedded.class)).isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.databasePerClass must be true or false; was \"yes\"");
		assertThat(Kit.tests(results, OnEmbedded.class, EventType.STARTED)).isZero();
	}

	@Test
	void aLauncherParameterOffOverASystemPropertyOnIsRefused() {
		// The locks (system property: on) let the class run beside others; the extension
		// (launcher parameter: off) would put it on the shared default database.
		EngineExecutionResults results = withProperty(ServerSpec.URI_PROPERTY, uri,
				() -> withProperty(DatabasePerClass.PARAMETER, "true",
						() -> Kit.run(Map.of(DatabasePerClass.PARAMETER, "false"), OnExternal.class)));
		assertThat(Kit.thrown(results, OnExternal.class)).isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.databasePerClass is false as a configuration parameter but true as a system"
					+ " property or in junit-platform.properties, where JUnit's resource locks read it;"
					+ " classes would share one database at the same time: set it in one place");
	}

	@Test
	void anExternalServerIsSharedNotLentAndItsEditionAskedOnce() {
		ServerSpec spec = new ServerSpec(Backend.EXTERNAL, uri, null, null, null);
		try (ServerPool pool = new ServerPool(spec, 1, true)) {
			Neo4jServer first = pool.acquire(OnExternal.class);
			// Lent, the second class would wait for the first to give it back: forever
			// here.
			Neo4jServer second = assertTimeoutPreemptively(Duration.ofSeconds(30),
					() -> pool.acquire(OnEmbedded.class));
			assertThat(second).isSameAs(first);
			assertThat(pool.started()).isOne();
			assertThat(first.edition()).isEqualTo("community").isSameAs(second.edition());
			// The statement parses, a parameter accepted as the database name: Community
			// refuses the command itself ("Unsupported administration command: ...").
			assertThatThrownBy(() -> first.createDatabase("crochet-onexternal-12345678"))
				.isInstanceOf(ClientException.class)
				.hasMessageNotContaining("Invalid input");
		}
	}

	private static void assertOnTheDefaultDatabase(EngineExecutionResults results, Class<?> sample) {
		results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
		assertThat(Recorder.seen("perClass.config")).singleElement()
			.isInstanceOfSatisfying(SessionConfig.class, config -> assertThat(config.database()).isEmpty());
		// The migrated people, seen through the SessionConfig and through the Session.
		assertThat(Recorder.seen("perClass.people")).containsExactly(2L, 2L);
		assertThat(Kit.entries(results, sample)).doesNotContainKey(ReportEntries.DATABASE);
	}

	/** Runs {@code body} with system property {@code name} set, then restores it. */
	private static <T> T withProperty(String name, String value, Supplier<T> body) {
		String before = System.getProperty(name);
		System.setProperty(name, value);
		try {
			return body.get();
		}
		finally {
			if (before == null) {
				System.clearProperty(name);
			}
			else {
				System.setProperty(name, before);
			}
		}
	}

}
