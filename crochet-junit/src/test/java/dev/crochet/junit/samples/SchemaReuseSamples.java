package dev.crochet.junit.samples;

import dev.crochet.junit.CrochetMigrated;
import dev.crochet.junit.Migrator;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.LedgerView;
import dev.crochet.roundtrip.RoundTripMode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classes of one schema-only configuration (the bench's ten index migrations), run one
 * after another on one server, each leaving something behind for the next: data, an index
 * of its own, a downgrade. Every class checks that it starts from a clean graph at the
 * head, with a ledger of its own.
 */
public final class SchemaReuseSamples {

	private SchemaReuseSamples() {
	}

	/** What every class checks first: migrated, no data, its ledger at the head. */
	static void startsMigratedAndEmpty(Session session, LedgerView ledger) {
		assertThat(LifecycleSamples.count(session,
				"MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '_') " + "RETURN count(n)"))
			.as("no data left by an earlier class")
			.isZero();
		assertThat(LifecycleSamples.count(session,
				"SHOW INDEXES YIELD labelsOrTypes, type WHERE type <> 'LOOKUP' "
						+ "AND NOT any(l IN labelsOrTypes WHERE l STARTS WITH '_') RETURN count(*)"))
			.as("the ten migrated indexes and nothing else")
			.isEqualTo(10);
		assertThat(ledger.applied()).hasSize(10);
		assertThat(ledger.head().map(AppliedMigration::revision)).contains("0010_index_10");
	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.bench", roundTrip = RoundTripMode.NONE)
	@Order(1)
	public static class ReachesTheVerdict {

		@Test
		void writesData(Session session, LedgerView ledger) {
			startsMigratedAndEmpty(session, ledger);
			session.run("CREATE (:Item1 {code: 'verdict'})").consume();
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.bench", roundTrip = RoundTripMode.NONE)
	@Order(2)
	public static class MigratesAndLeavesData {

		@Test
		void writesData(Session session, LedgerView ledger) {
			startsMigratedAndEmpty(session, ledger);
			session.run("CREATE (:Item1 {code: 'a'})-[:NEXT]->(:Item2 {code: 'b'})").consume();
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.bench", roundTrip = RoundTripMode.NONE)
	@Order(3)
	public static class KeepsTheSchemaAndAddsAnIndex {

		@Test
		void addsAnIndex(Session session, LedgerView ledger) {
			startsMigratedAndEmpty(session, ledger);
			session.run("CREATE INDEX reuse_extra FOR (n:Extra) ON (n.code)").consume();
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.bench", roundTrip = RoundTripMode.NONE)
	@Order(4)
	public static class StartsOverAndDowngrades {

		@Test
		void downgrades(Session session, LedgerView ledger, Migrator migrator) {
			startsMigratedAndEmpty(session, ledger);
			migrator.downgradeTo("0005_index_5");
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.bench", roundTrip = RoundTripMode.NONE)
	@Order(5)
	public static class StartsOverAfterTheDowngrade {

		@Test
		void migrated(Session session, LedgerView ledger) {
			startsMigratedAndEmpty(session, ledger);
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.bench", roundTrip = RoundTripMode.NONE)
	@Order(6)
	public static class KeepsTheSchemaAgain {

		@Test
		void migrated(Session session, LedgerView ledger) {
			startsMigratedAndEmpty(session, ledger);
		}

	}

	/** The same chain, another target: another configuration. */
	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.bench", roundTrip = RoundTripMode.NONE,
			target = "0005_index_5")
	public static class HalfWay {

		@Test
		void migrated(LedgerView ledger) {
			assertThat(ledger.head().map(AppliedMigration::revision)).contains("0005_index_5");
		}

	}

}
