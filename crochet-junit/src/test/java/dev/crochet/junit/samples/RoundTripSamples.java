package dev.crochet.junit.samples;

import dev.crochet.junit.CrochetMigrated;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sample classes over correct and broken migration sets; run only through the
 * EngineTestKit.
 */
public final class RoundTripSamples {

	private RoundTripSamples() {
	}

	static final String GOOD = "dev.crochet.junit.fixtures.good";

	public static final String GOOD_MODEL = "dev.crochet.junit.fixtures.good.model";

	/**
	 * What every class over the correct set can check: two active people, whatever the
	 * mode.
	 */
	abstract static class MigratedPeople {

		@Test
		void peopleAreMigrated(Session session, RoundTripReport report, Driver driver) {
			long active = session.run("MATCH (p:Person {active: true}) RETURN count(p) AS n")
				.single()
				.get("n")
				.asLong();
			assertThat(active).isEqualTo(2);
			assertThat(report.leavesNoTrace()).isTrue();
			Recorder.record(getClass().getSimpleName() + ".driver", driver);
			Recorder.record(getClass().getSimpleName() + ".report", report);
		}

	}

	@CrochetMigrated(migrationPackages = GOOD, modelPackages = GOOD_MODEL, roundTrip = RoundTripMode.NONE)
	public static class GoodNone extends MigratedPeople {

	}

	@CrochetMigrated(migrationPackages = GOOD, modelPackages = GOOD_MODEL, roundTrip = RoundTripMode.FULL)
	public static class GoodFull extends MigratedPeople {

	}

	@CrochetMigrated(migrationPackages = GOOD, modelPackages = GOOD_MODEL, roundTrip = RoundTripMode.STEPWISE)
	public static class GoodStepwise extends MigratedPeople {

	}

	/** Same configuration as {@link GoodStepwise}: reuses its server and its verdict. */
	@CrochetMigrated(migrationPackages = GOOD, modelPackages = GOOD_MODEL, roundTrip = RoundTripMode.STEPWISE)
	public static class GoodStepwiseAgain extends MigratedPeople {

	}

	/** The classes' tests would pass: only the extension can fail them. */
	abstract static class Untouched {

		@Test
		void runs() {
		}

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.leftindex")
	public static class LeftIndex extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.leftbatch")
	public static class LeftBatch extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.leftreadings")
	public static class LeftReadings extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.thinnedbatch")
	public static class ThinnedBatch extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.wrongrename")
	public static class WrongRename extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.unsaferemove",
			fixtures = @CrochetMigrated.Fixture(afterRevision = "0001_person_names",
					cypher = "CREATE (:Person {name: 'Ada', age: 36});\nCREATE (:Person {name: 'Alan'})"))
	public static class UnsafeRemove extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.modelchanged",
			modelPackages = "dev.crochet.junit.fixtures.modelchanged.model")
	public static class ModelChanged extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.undeclaredindex",
			modelPackages = "dev.crochet.junit.fixtures.undeclaredindex.model")
	public static class UndeclaredIndex extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.fork")
	public static class Fork extends Untouched {

	}

	/** A misspelt package: no migrations at all. */
	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.frok")
	public static class NoMigrations extends Untouched {

	}

	/** The model changed, but the class opted out of the drift check. */
	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.modelchanged",
			modelPackages = "dev.crochet.junit.fixtures.modelchanged.model", checkDrift = false)
	public static class ModelChangedUnchecked extends Untouched {

	}

}
