package dev.crochet.junit.samples;

import dev.crochet.junit.CrochetMigrated;
import org.junit.jupiter.api.Test;

/**
 * Sample classes for {@link CrochetMigrated#ignoreSchema()}; run only through the
 * EngineTestKit.
 */
public final class IgnoreSamples {

	private IgnoreSamples() {
	}

	static final String PLUGIN = "dev.crochet.junit.fixtures.pluginindex";

	abstract static class Untouched {

		@Test
		void runs() {
		}

	}

	// tag::ignore-schema[]
	@CrochetMigrated(migrationPackages = { ReportSamples.HASHLESS, PLUGIN },
			modelPackages = RoundTripSamples.GOOD_MODEL, ignoreSchema = "bloom_*")
	// end::ignore-schema[]
	public static class PluginIndexIgnored extends Untouched {

	}

	@CrochetMigrated(migrationPackages = { ReportSamples.HASHLESS, PLUGIN },
			modelPackages = RoundTripSamples.GOOD_MODEL)
	public static class PluginIndexNotIgnored extends Untouched {

	}

	@CrochetMigrated(migrationPackages = ReportSamples.HASHLESS, ignoreSchema = { "bloom_*", "**" })
	public static class IgnoresEverything extends Untouched {

	}

}
