package dev.crochet.junit;

import dev.crochet.CrochetException;
import dev.crochet.Drift;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.DataFixture;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.opentest4j.AssertionFailedError;

import java.util.List;

/**
 * What the first class of a configuration found: the scanned migrations, the round-trip report and, if
 * something is wrong, the failure every class of that configuration reports. Kept in the root store.
 *
 * @param migrations null when the chain could not be built
 * @param report     null when the migrations could not be run
 * @param failure    null when the migrations round-trip and nothing drifts
 */
record Verdict(List<ResolvedMigration> migrations, RoundTripReport report, String failure) {

	private static final String NL = System.lineSeparator();

	/** Prepares {@code state}'s database with the full round trip and judges the result. */
	static Verdict reach(ClassState state, Class<?> testClass) {
		Configuration configuration = state.configuration();
		String subject = "the migrations in " + describe(configuration);
		List<ResolvedMigration> migrations;
		try {
			migrations = state.scannedMigrations();
		}
		catch (CrochetException ex) {
			return new Verdict(null, null, "Cannot build the migration chain from " + describe(configuration) + ": "
					+ ex.getMessage());
		}
		checkRevisionsExist(configuration, MigrationChain.of(migrations), testClass);
		RoundTripReport report;
		try {
			report = state.prepare(configuration.mode());
		}
		catch (CrochetException ex) {
			return new Verdict(migrations, null, "Migrating " + subject + " failed: " + ex.getMessage());
		}
		if (!report.leavesNoTrace()) {
			return new Verdict(migrations, report, "The " + configuration.mode() + " round trip of " + subject
					+ " found downgrades that do not restore the graph:" + NL + report.describe());
		}
		if (configuration.checkDrift() && !configuration.modelPackages().isEmpty() && configuration.target() == null) {
			Drift drift;
			try {
				drift = state.crochet().drift();
			}
			catch (CrochetException ex) {
				return new Verdict(migrations, report, "Cannot check drift of the models in "
						+ configuration.modelPackages() + ": " + ex.getMessage());
			}
			if (drift.hasDrift()) {
				return new Verdict(migrations, report, "Drift between the models in " + configuration.modelPackages()
						+ ", " + subject + " and the migrated database:" + NL + drift.describe());
			}
		}
		return new Verdict(migrations, report, null);
	}

	/** A target or fixture naming an unknown revision is a mistake in the annotation, not in the migrations. */
	private static void checkRevisionsExist(Configuration configuration, MigrationChain chain, Class<?> testClass) {
		if (configuration.target() != null && !chain.contains(configuration.target())) {
			throw new ExtensionConfigurationException("@CrochetMigrated on " + testClass.getName() + " has target = \""
					+ configuration.target() + "\", which is not a revision of the chain " + chain.ids());
		}
		for (DataFixture fixture : configuration.fixtures()) {
			if (!chain.contains(fixture.afterRevision())) {
				throw new ExtensionConfigurationException("@Fixture(afterRevision = \"" + fixture.afterRevision() + "\") on "
						+ testClass.getName() + " names a revision that is not in the chain " + chain.ids());
			}
		}
	}

	private static String describe(Configuration configuration) {
		List<String> where = new java.util.ArrayList<>(configuration.migrationPackages());
		where.addAll(configuration.migrationLocations());
		return where.toString();
	}

	void throwIfFailed() {
		if (failure != null) {
			throw new AssertionFailedError(failure);
		}
	}
}
