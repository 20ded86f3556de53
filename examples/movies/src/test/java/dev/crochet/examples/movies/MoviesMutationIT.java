package dev.crochet.examples.movies;

import dev.crochet.Crochet;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.mutation.Mutant;
import dev.crochet.mutation.MutationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mutation check on the real movies chain: every mutant is killed, or listed below with why it cannot be. */
class MoviesMutationIT {

	private static final String ACTED_IN = "'delete ACTED_IN relationships of batch roles-csv'";

	private static final String IN_GENRE = "'delete IN_GENRE relationships of batch movies-csv'";

	private static final String REVIEWED = "'delete REVIEWED relationships of batch reviews-2024'";

	/**
	 * Mutants the round trip cannot tell from the right downgrade on this chain's data. None is a blind spot of
	 * the fingerprint; each does what the right downgrade does here.
	 */
	private static final List<String> KNOWN_SURVIVORS = List.of(
			// Every ACTED_IN, IN_GENRE and REVIEWED relationship ends at a node that the same downgrade deletes
			// next (Person of roles-csv, Genre and Film of movies-csv, Person of reviews-2024): DETACH DELETE
			// removes them whether the relationship delete runs, deletes another batch, or all but one of them.
			"0002_load_movies: downgrade without " + ACTED_IN,
			"0002_load_movies: downgrade with 'delete ACTED_IN relationships of batch movies-csv' instead of " + ACTED_IN,
			"0002_load_movies: downgrade with 'delete all but one of the ACTED_IN relationships of batch roles-csv' instead of " + ACTED_IN,
			"0002_load_movies: downgrade without " + IN_GENRE,
			"0002_load_movies: downgrade with 'delete IN_GENRE relationships of batch roles-csv' instead of " + IN_GENRE,
			"0002_load_movies: downgrade with 'delete all but one of the IN_GENRE relationships of batch movies-csv' instead of " + IN_GENRE,
			"0007_add_reviews: downgrade without " + REVIEWED,
			"0007_add_reviews: downgrade with 'delete all but one of the REVIEWED relationships of batch reviews-2024' instead of " + REVIEWED,
			// When 0002 is judged, its batches hold every Person, Genre, Film and their relationships, so deleting
			// every one of them (or those of every batch) deletes exactly the batch's; likewise every REVIEWED
			// relationship is reviews-2024's when 0007 is judged.
			"0002_load_movies: downgrade with 'delete every ACTED_IN relationship' instead of " + ACTED_IN,
			"0002_load_movies: downgrade with 'delete the ACTED_IN relationships of every batch' instead of " + ACTED_IN,
			"0002_load_movies: downgrade with 'delete every Person node' instead of 'delete Person nodes of batch roles-csv'",
			"0002_load_movies: downgrade with 'delete the Person nodes of every batch' instead of 'delete Person nodes of batch roles-csv'",
			"0002_load_movies: downgrade with 'delete every IN_GENRE relationship' instead of " + IN_GENRE,
			"0002_load_movies: downgrade with 'delete the IN_GENRE relationships of every batch' instead of " + IN_GENRE,
			"0002_load_movies: downgrade with 'delete every Genre node' instead of 'delete Genre nodes of batch movies-csv'",
			"0002_load_movies: downgrade with 'delete the Genre nodes of every batch' instead of 'delete Genre nodes of batch movies-csv'",
			"0002_load_movies: downgrade with 'delete every Film node' instead of 'delete Film nodes of batch movies-csv'",
			"0002_load_movies: downgrade with 'delete the Film nodes of every batch' instead of 'delete Film nodes of batch movies-csv'",
			"0007_add_reviews: downgrade with 'delete every REVIEWED relationship' instead of " + REVIEWED,
			"0007_add_reviews: downgrade with 'delete the REVIEWED relationships of every batch' instead of " + REVIEWED);

	static EmbeddedNeo4j neo4j;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start();
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	@Test
	void everyMutantIsKilledOrAKnownSurvivor(@TempDir Path dir) {
		try (Crochet crochet = Crochet.configure()
			.uri(neo4j.boltUri().toString())
			.ledger(dir.resolve("ledger.db"))
			.migrationPackages("dev.crochet.examples.movies.migrations")
			.migrationLocations("classpath:db/crochet")
			.load()) {
			crochet.cleanDatabase();

			MutationReport report = crochet.mutationCheck();

			assertThat(report.survivors()).as(report.describe()).map(Mutant::describe).isSubsetOf(KNOWN_SURVIVORS);
			assertThat(report.mutants()).as(report.describe()).hasSize(59);
			assertThat(report.skipped()).as(report.describe()).hasSize(1);
			System.out.println(report.describe() + System.lineSeparator() + "(" + report.millis() + " ms)");
		}
	}
}
