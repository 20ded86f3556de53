package dev.crochet.examples.movies;

import dev.crochet.Crochet;
import dev.crochet.MigrationResult;
import dev.crochet.RollbackUnsafeException;
import dev.crochet.VerifyReport;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The movies chain through the plain {@link Crochet} facade, the way an application or a
 * deploy script uses it.
 */
class MoviesFacadeIT {

	static EmbeddedNeo4j neo4j;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start();
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	private static Crochet crochet(Path ledger) {
		// tag::facade[]
		return Crochet.configure()
			.uri(neo4j.boltUri().toString())
			.ledger(ledger)
			.migrationPackages("dev.crochet.examples.movies.migrations")
			.migrationLocations("classpath:db/crochet")
			.modelPackages("dev.crochet.examples.movies.model")
			.load();
		// end::facade[]
	}

	/**
	 * Each test starts from an empty database: emptied by a Crochet of its own, the
	 * facade above may not clean.
	 */
	private static void emptyDatabase(Path dir) {
		try (Crochet janitor = Crochet.configure()
			.uri(neo4j.boltUri().toString())
			.ledger(dir.resolve("janitor.db"))
			.cleanEnabled(true)
			.load()) {
			janitor.cleanDatabase();
		}
	}

	@Test
	void upgradesToHeadVerifiesAndRefusesToCrossTheUnsafeRevision(@TempDir Path dir) {
		emptyDatabase(dir);
		try (Crochet crochet = crochet(dir.resolve("ledger.db"))) {
			MigrationResult result = crochet.upgrade();
			assertThat(result.revisions()).hasSize(8);
			assertThat(result.head()).contains("0008_index_decade");

			VerifyReport report = crochet.verify();
			assertThat(report.ok()).as(report.describe()).isTrue();
			assertThat(crochet.drift().hasDrift()).as(crochet.drift().describe()).isFalse();

			try (Session session = crochet.driver().session()) {
				assertThat(session.run("MATCH (m:Movie) RETURN count(m) AS c").single().get("c").asLong()).isEqualTo(8);
				assertThat(session.run("MATCH (m:Film) RETURN count(m) AS c").single().get("c").asLong()).isZero();
				assertThat(session.run("MATCH (m:Movie {title: 'The Matrix'}) RETURN m.decade AS d, m.tagline AS t")
					.single()
					.get("d")
					.asInt()).isEqualTo(1990);
			}
			assertThatThrownBy(() -> crochet.downgrade(Crochet.BASE)).isInstanceOf(RollbackUnsafeException.class)
				.hasMessageContaining("0006_drop_tagline");
			assertThat(crochet.status().headRevision()).contains("0008_index_decade");
		}
	}

	@Test
	void everyRevisionRoundTripsCleanly(@TempDir Path dir) {
		emptyDatabase(dir);
		try (Crochet crochet = crochet(dir.resolve("ledger.db"))) {
			RoundTripReport report = crochet.roundTrip(RoundTripMode.STEPWISE);
			assertThat(report.leavesNoTrace()).as(report.describe()).isTrue();
			assertThat(report.verdicts()).hasSize(8);
		}
	}

}
