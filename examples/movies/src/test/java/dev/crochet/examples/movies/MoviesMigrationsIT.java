package dev.crochet.examples.movies;

import dev.crochet.assertj.CrochetSoftAssertions;
import dev.crochet.ir.ModelReader;
import dev.crochet.junit.CrochetMigrated;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.LedgerView;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import static dev.crochet.assertj.CrochetAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

// tag::migrated-test[]
@CrochetMigrated(migrationPackages = "dev.crochet.examples.movies.migrations",
		migrationLocations = "classpath:db/crochet", modelPackages = "dev.crochet.examples.movies.model",
		roundTrip = RoundTripMode.STEPWISE)
class MoviesMigrationsIT {

	@Test
	void everyDowngradeLeavesNoTrace(RoundTripReport report) {
		assertThat(report).leavesNoTrace();
	}

	@Test
	void theGraphHasWhatTheModelsDeclare(Driver driver) {
		assertThat(driver).hasUniqueConstraint("Movie", "title")
			.hasUniqueConstraint("Person", "name")
			.hasIndex("Person", "birth_year")
			.hasNodesInBatch("movies-csv", 12); // 8 movies and their 4 genres
	}

	@Test
	void theLedgerRecordsTheChainAndItsBatches(LedgerView ledger) {
		assertThat(ledger).isAtRevision("0008_index_decade").hasBatch("roles-csv", BatchStatus.COMMITTED);
	}
	// end::migrated-test[]

	@Test
	void theHeadMigrationCarriesTheModelsHash() {
		assertThat(ModelReader.read("dev.crochet.examples.movies.model"))
			.hasHash("18a7dd5550d46340e0c8c9085c7badaeeb1fb46d45c5f511ff7b4f3d27fa8e5a");
	}

	// tag::soft[]
	@Test
	void theWholeStateAtOnce(Driver driver, LedgerView ledger, RoundTripReport report) {
		CrochetSoftAssertions softly = new CrochetSoftAssertions();
		softly.assertThat(report).leavesNoTrace();
		softly.assertThat(ledger).isAtRevision("0008_index_decade");
		softly.assertThat(driver).hasIndex("Movie", "decade").hasNoNodesInBatch("reviews-1999");
		softly.assertAll();
	}
	// end::soft[]

	@Test
	void moviesAreFoundByTheirNewLabel(Session session) {
		long movies = session.run("MATCH (m:Movie)-[:IN_GENRE]->(:Genre {name: 'Drama'}) RETURN count(m) AS c")
			.single()
			.get("c")
			.asLong();
		assertThat(movies).isEqualTo(4);
	}
	// tag::migrated-test[]

}
// end::migrated-test[]
