package dev.crochet.junit.samples;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.VerifyReport;
import dev.crochet.junit.CrochetMigrated;
import dev.crochet.junit.TestLedger;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.LedgerView;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classes whose history is kept in the graph ({@link TestLedger#GRAPH}), run one after
 * another on one server, and a class with a ledger file after them; run only through the
 * EngineTestKit.
 */
public final class GraphLedgerSamples {

	private GraphLedgerSamples() {
	}

	private static final String BENCH = "dev.crochet.junit.fixtures.bench";

	/** The class's history is the graph's: no file, the revisions as internal nodes. */
	static void historyInTheGraph(Session session, LedgerView ledger, String head, long revisions) {
		assertThat(ledger.file()).as("no ledger file").isEmpty();
		assertThat(ledger.location()).startsWith("the graph ledger of the default database at ");
		assertThat(ledger.head().map(AppliedMigration::revision)).contains(head);
		assertThat(LifecycleSamples.count(session, "MATCH (a:_CrochetApplied) RETURN count(a)")).isEqualTo(revisions);
	}

	/**
	 * Verifies the class's database as another instance keeping its history there would.
	 */
	static VerifyReport verify(Driver driver, String migrations) {
		try (Crochet crochet = Crochet.configure()
			.driver(driver)
			.ledger(LedgerStore.GRAPH)
			.migrationPackages(migrations)
			.load()) {
			return crochet.verify();
		}
	}

	@CrochetMigrated(migrationPackages = RoundTripSamples.GOOD, modelPackages = RoundTripSamples.GOOD_MODEL,
			roundTrip = RoundTripMode.STEPWISE, ledger = TestLedger.GRAPH)
	@Order(1)
	public static class RoundTripsWithTheGraphLedger {

		@Test
		void migratedRoundTrippedAndVerified(Session session, LedgerView ledger, RoundTripReport report,
				Driver driver) {
			assertThat(LifecycleSamples.count(session, "MATCH (p:Person {active: true}) RETURN count(p)")).isEqualTo(2);
			assertThat(report.mode()).isEqualTo(RoundTripMode.STEPWISE);
			assertThat(report.leavesNoTrace()).isTrue();
			assertThat(report.verdicts()).extracting(v -> v.revision())
				.containsExactly("0001_person_schema", "0002_seed_people", "0003_active_flag");
			historyInTheGraph(session, ledger, "0003_active_flag", 3);
			VerifyReport verify = verify(driver, RoundTripSamples.GOOD);
			assertThat(verify.problems()).as(verify.describe()).isEmpty();
			assertThat(verify.ok()).isTrue();
		}

	}

	@CrochetMigrated(migrationPackages = BENCH, roundTrip = RoundTripMode.NONE, ledger = TestLedger.GRAPH)
	@Order(2)
	public static class MigratesASchemaWithTheGraphLedger {

		@Test
		void historyInTheGraph(Session session, LedgerView ledger) {
			GraphLedgerSamples.historyInTheGraph(session, ledger, "0010_index_10", 10);
			session.run("CREATE (:Item1 {code: 'left behind'})").consume();
		}

	}

	/**
	 * The first class of the configuration after the one that reached its verdict: it
	 * migrates and leaves the migrated schema for the next.
	 */
	@CrochetMigrated(migrationPackages = BENCH, roundTrip = RoundTripMode.NONE, ledger = TestLedger.GRAPH)
	@Order(3)
	public static class LeavesTheMigratedSchema {

		@Test
		void historyInTheGraph(Session session, LedgerView ledger) {
			GraphLedgerSamples.historyInTheGraph(session, ledger, "0010_index_10", 10);
			session.run("CREATE (:Item1 {code: 'left behind'})").consume();
		}

	}

	/** Keeps the schema (and with it the history) the previous class left. */
	@CrochetMigrated(migrationPackages = BENCH, roundTrip = RoundTripMode.NONE, ledger = TestLedger.GRAPH)
	@Order(4)
	public static class KeepsTheSchemaAndTheGraphsHistory {

		@Test
		void historyInTheGraph(Session session, LedgerView ledger, Driver driver) {
			GraphLedgerSamples.historyInTheGraph(session, ledger, "0010_index_10", 10);
			assertThat(LifecycleSamples.count(session, "MATCH (n:Item1) RETURN count(n)")).as("data deleted").isZero();
			VerifyReport verify = verify(driver, BENCH);
			assertThat(verify.problems()).as(verify.describe()).isEmpty();
		}

	}

	/** A ledger file after the graph ledger: the emptied database keeps no history. */
	@CrochetMigrated(migrationPackages = BENCH, roundTrip = RoundTripMode.NONE, ledger = TestLedger.FILE)
	@Order(5)
	public static class FileLedgerAfterwards {

		@Test
		void historyInItsFile(Session session, LedgerView ledger) {
			assertThat(ledger.file()).isPresent();
			assertThat(ledger.head().map(AppliedMigration::revision)).contains("0010_index_10");
			assertThat(LifecycleSamples.count(session, "MATCH (a:_CrochetApplied) RETURN count(a)")).isZero();
		}

	}

	/** The store from the configuration parameter {@code crochet.ledgerStore}. */
	@CrochetMigrated(migrationPackages = BENCH, roundTrip = RoundTripMode.NONE)
	public static class StoreFromTheParameter {

		@Test
		void historyInTheGraph(Session session, LedgerView ledger) {
			GraphLedgerSamples.historyInTheGraph(session, ledger, "0010_index_10", 10);
		}

	}

}
