package dev.crochet.junit.samples;

import dev.crochet.junit.Backend;
import dev.crochet.junit.CrochetMigrated;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Classes run with {@code crochet.databasePerClass}: on an external server (the IT points
 * it at a Community server) and on the embedded backend, where it changes nothing.
 */
public final class DatabasePerClassSamples {

	private DatabasePerClassSamples() {
	}

	/**
	 * Records the session configuration it gets and the people a session with it sees.
	 */
	abstract static class Sessions {

		@Test
		void opensSessionsWithTheGivenConfig(SessionConfig config, Driver driver, Session session) {
			Recorder.record("perClass.config", config);
			try (Session opened = driver.session(config)) {
				Recorder.record("perClass.people",
						opened.run("MATCH (p:Person) RETURN count(p)").single().get(0).asLong());
			}
			Recorder.record("perClass.people",
					session.run("MATCH (p:Person) RETURN count(p)").single().get(0).asLong());
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", backend = Backend.EXTERNAL)
	public static class OnExternal extends Sessions {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", backend = Backend.EMBEDDED)
	public static class OnEmbedded extends Sessions {

	}

}
