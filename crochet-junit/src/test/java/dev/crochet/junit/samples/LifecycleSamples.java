package dev.crochet.junit.samples;

import dev.crochet.junit.CrochetMigrated;
import dev.crochet.junit.Migrator;
import dev.crochet.junit.Reset;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.LedgerView;
import dev.crochet.roundtrip.RoundTripMode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Samples for the annotation's reach (meta, inherited, nested), the parameters and the
 * resets.
 */
public final class LifecycleSamples {

	private LifecycleSamples() {
	}

	static long count(Session session, String cypher) {
		return session.run(cypher).single().get(0).asLong();
	}

	@GraphTest
	public abstract static class GraphTestBase {

	}

	/** Inherits a meta-annotation; steps with the Migrator; resets by migrating again. */
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	public static class InheritedMeta extends GraphTestBase {

		@Test
		@Order(1)
		void stepsAcrossADataMigration(Migrator migrator, Session session, LedgerView ledger) {
			assertThat(migrator.revisions()).containsExactly("0001_person_schema", "0002_seed_people",
					"0003_active_flag");
			assertThat(migrator.current()).contains("0003_active_flag");
			migrator.downgradeTo("0001_person_schema");
			assertThat(count(session, "MATCH (p:Person) RETURN count(p)")).isZero();
			assertThat(ledger.head().map(AppliedMigration::revision)).contains("0001_person_schema");
			migrator.upgradeTo("0002_seed_people");
			session.run("CREATE (:Person {name: 'Grace', age: 85})");
			migrator.head();
			assertThat(count(session, "MATCH (p:Person {active: true}) RETURN count(p)")).isEqualTo(3);
			Recorder.record("InheritedMeta.session", session);
		}

		@Test
		@Order(2)
		void nextTestSeesTheMigratedStateAgain(Session session, Migrator migrator, LedgerView ledger) {
			assertThat(((Session) Recorder.seen("InheritedMeta.session").get(0)).isOpen()).isFalse();
			assertThat(migrator.current()).contains("0003_active_flag");
			assertThat(ledger.head().map(AppliedMigration::revision)).contains("0003_active_flag");
			assertThat(count(session, "MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
		}

		@Nested
		class Inner {

			@Test
			void sharesTheEnclosingDatabase(Migrator migrator, Driver driver) {
				assertThat(migrator.current()).contains("0003_active_flag");
				Recorder.record("Inner.driver", driver);
			}

		}

	}

	/** Reset.DATA: data goes between tests, schema and ledger stay. */
	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", roundTrip = RoundTripMode.NONE,
			reset = Reset.DATA)
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	public static class DataReset {

		@Test
		@Order(1)
		void firstTestSeesMigratedData(Session session) {
			assertThat(count(session, "MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
			session.run("CREATE (:Marker)");
		}

		@Test
		@Order(2)
		void laterTestsSeeNoData(Session session, Migrator migrator) {
			assertThat(count(session,
					"MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '_Crochet') RETURN count(n)"))
				.isZero();
			assertThat(count(session,
					"SHOW INDEXES YIELD name WHERE name STARTS WITH 'crochet_idx_Person' RETURN count(*)"))
				.isEqualTo(1);
			assertThat(migrator.current()).contains("0003_active_flag");
		}

	}

	/** Reset.NONE: tests see what earlier ones left; a fixture from a resource. */
	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", roundTrip = RoundTripMode.NONE,
			fixtures = @CrochetMigrated.Fixture(afterRevision = "0003_active_flag",
					resource = "fixtures/visitors.cypher"))
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	public static class NoReset {

		@Test
		@Order(1)
		void leavesAMarker(Session session) {
			assertThat(count(session, "MATCH (v:Visitor) RETURN count(v)")).isEqualTo(2);
			session.run("CREATE (:Marker)");
		}

		@Test
		@Order(2)
		void seesTheMarker(Session session) {
			assertThat(count(session, "MATCH (m:Marker) RETURN count(m)")).isEqualTo(1);
		}

	}

	/** Run in parallel with {@link ParallelB}: each sees only its own marker. */
	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", roundTrip = RoundTripMode.NONE)
	public static class ParallelA {

		@Test
		void alone(Session session) throws InterruptedException {
			ParallelSamples.alone(session, "A");
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", roundTrip = RoundTripMode.NONE)
	public static class ParallelB {

		@Test
		void alone(Session session) throws InterruptedException {
			ParallelSamples.alone(session, "B");
		}

	}

	/**
	 * Run in parallel on two servers with {@link TogetherB}: each waits until the other
	 * is running too.
	 */
	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", roundTrip = RoundTripMode.NONE)
	public static class TogetherA {

		@Test
		void together(Session session) throws InterruptedException {
			ParallelSamples.together(session, "A");
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", roundTrip = RoundTripMode.NONE)
	public static class TogetherB {

		@Test
		void together(Session session) throws InterruptedException {
			ParallelSamples.together(session, "B");
		}

	}

	/**
	 * Counted down by each of {@link TogetherA} and {@link TogetherB}; the kit test sets
	 * a fresh one per run.
	 */
	public static volatile CountDownLatch bothRunning = new CountDownLatch(2);

	static final class ParallelSamples {

		private ParallelSamples() {
		}

		static void alone(Session session, String name) throws InterruptedException {
			long start = System.nanoTime();
			session.run("CREATE (:Marker {name: $name})", Map.of("name", name));
			Thread.sleep(400);
			assertThat(count(session, "MATCH (m:Marker) RETURN count(m)")).isEqualTo(1);
			assertThat(count(session, "MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
			Recorder.record("parallel", new long[] { start, System.nanoTime() });
			Recorder.record("parallel.thread", Thread.currentThread().getName());
		}

		/**
		 * Marks the graph, then waits (at most 60 s) until the other class has marked its
		 * own.
		 */
		static void together(Session session, String name) throws InterruptedException {
			session.run("CREATE (:Marker {name: $name})", Map.of("name", name));
			bothRunning.countDown();
			Recorder.record("together.met", bothRunning.await(60, TimeUnit.SECONDS));
			// Both classes are inside their tests now: a shared database would hold two
			// markers.
			assertThat(count(session, "MATCH (m:Marker) RETURN count(m)")).isEqualTo(1);
			assertThat(count(session, "MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
		}

	}

}
