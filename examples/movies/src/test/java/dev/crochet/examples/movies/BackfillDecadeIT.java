package dev.crochet.examples.movies;

import dev.crochet.junit.CrochetMigrated;
import dev.crochet.junit.Migrator;
import dev.crochet.junit.Reset;
import dev.crochet.roundtrip.RoundTripMode;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data migration tested the way it will run in production, with the {@link Migrator}.
 */
// tag::migrator-test[]
@CrochetMigrated(migrationPackages = "dev.crochet.examples.movies.migrations", target = "0005_backfill_decade",
		roundTrip = RoundTripMode.NONE, reset = Reset.MIGRATE_AGAIN)
class BackfillDecadeIT {

	@Test
	void backfillsTheDecadeOfMoviesAddedBeforeIt(Migrator migrator, Session session) {
		migrator.downgradeTo("0004_rename_born_to_birth_year");
		session.run("CREATE (:Movie {title: 'Metropolis', released: 1927})").consume();

		migrator.upgradeTo("0005_backfill_decade");
		assertThat(session.run("MATCH (m:Movie {title: 'Metropolis'}) RETURN m.decade AS d").single().get("d").asInt())
			.isEqualTo(1920);

		migrator.downgradeTo("0004_rename_born_to_birth_year");
		assertThat(session.run("MATCH (m:Movie {title: 'Metropolis'}) RETURN m.decade AS d").single().get("d").isNull())
			.isTrue();
	}

}
// end::migrator-test[]
