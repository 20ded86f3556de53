package dev.crochet.junit.samples;

import dev.crochet.junit.Backend;
import dev.crochet.junit.CrochetExtension;
import dev.crochet.junit.CrochetMigrated;
import dev.crochet.ledger.Ledger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** Misconfigured classes and the Docker-only class; their test would pass if it ran. */
public final class MisuseSamples {

	private MisuseSamples() {
	}

	abstract static class Untouched {

		@Test
		void runs() {
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good")
	public static class WritableLedgerParameter {

		@Test
		void writes(Ledger ledger) {
		}

	}

	@CrochetMigrated
	public static class NoMigrations extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", backend = Backend.EXTERNAL)
	public static class ExternalWithoutUri extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", backend = Backend.EMBEDDED,
			uri = "bolt://localhost:7687")
	public static class UriWithEmbedded extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", target = "0009_nope")
	public static class UnknownTarget extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good",
			fixtures = @CrochetMigrated.Fixture(afterRevision = "0001_person_schema", cypher = "CREATE (:X)",
					resource = "x.cypher"))
	public static class FixtureWithTwoSources extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good",
			fixtures = @CrochetMigrated.Fixture(afterRevision = "0001_person_schema",
					resource = "fixtures/absent.cypher"))
	public static class MissingFixtureResource extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good",
			fixtures = @CrochetMigrated.Fixture(afterRevision = "0007_unknown", cypher = "CREATE (:X)"))
	public static class FixtureAfterUnknownRevision extends Untouched {

	}

	@ExtendWith(CrochetExtension.class)
	public static class ExtendedWithoutAnnotation extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", backend = Backend.TESTCONTAINERS)
	public static class DockerOnly extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", backend = Backend.EXTERNAL)
	public static class External {

		@Test
		void migratedThere(Session session) {
			Assertions.assertThat(session.run("MATCH (p:Person) RETURN count(p)").single().get(0).asLong())
				.isEqualTo(2);
		}

	}

}
