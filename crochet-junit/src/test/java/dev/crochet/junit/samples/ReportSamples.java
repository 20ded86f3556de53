package dev.crochet.junit.samples;

import dev.crochet.junit.CrochetMigrated;
import org.junit.jupiter.api.Test;

/**
 * Sample classes for the report entries and the report file; run only through the
 * EngineTestKit.
 */
public final class ReportSamples {

	private ReportSamples() {
	}

	static final String HASHLESS = "dev.crochet.junit.fixtures.hashless";

	abstract static class Untouched {

		@Test
		void runs() {
		}

	}

	/**
	 * Hand-written migrations without schema hashes, matching the models' constraints and
	 * indexes.
	 */
	@CrochetMigrated(migrationPackages = HASHLESS, modelPackages = RoundTripSamples.GOOD_MODEL)
	public static class Hashless extends Untouched {

	}

	/** Same configuration as {@link Hashless}: reuses its server and its verdict. */
	@CrochetMigrated(migrationPackages = HASHLESS, modelPackages = RoundTripSamples.GOOD_MODEL)
	public static class HashlessAgain extends Untouched {

	}

	/**
	 * The models gained an indexed email that no migration creates, and no hash can tell.
	 */
	@CrochetMigrated(migrationPackages = HASHLESS, modelPackages = "dev.crochet.junit.fixtures.modelchanged.model")
	public static class HashlessModelChanged extends Untouched {

	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.badupgrade")
	public static class UpgradeFails extends Untouched {

	}

}
