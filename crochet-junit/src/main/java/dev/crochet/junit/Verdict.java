package dev.crochet.junit;

import dev.crochet.CrochetException;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.DataFixture;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.opentest4j.AssertionFailedError;

import java.util.ArrayList;
import java.util.List;

/**
 * What the first class of a configuration found: the scanned migrations, the round-trip
 * report, the drift check and, if something is wrong, the failure every class of that
 * configuration reports. Kept in the root store.
 *
 * @param reachedBy the name of the test class that reached it
 * @param migrations null when the chain could not be built
 * @param report null when the migrations could not be run
 * @param failure null when the migrations round-trip and nothing drifts
 * @param cleanMillis how long emptying the database took; -1 when it was not emptied
 * @param migrateMillis how long migrating (with the round trip) took; -1 when it did not
 * run
 */
record Verdict(String reachedBy, List<ResolvedMigration> migrations, RoundTripReport report, String failure,
		DriftCheck drift, long cleanMillis, long migrateMillis) {

	private static final String NL = System.lineSeparator();

	/**
	 * Prepares {@code state}'s database with the full round trip and judges the result.
	 */
	static Verdict reach(ClassState state, Class<?> testClass) {
		Configuration configuration = state.configuration();
		String by = testClass.getName();
		String subject = "the migrations in " + describe(configuration);
		List<ResolvedMigration> migrations;
		try {
			migrations = state.scannedMigrations();
		}
		catch (CrochetException ex) {
			return new Verdict(by, null, null,
					"Cannot build the migration chain from " + describe(configuration) + ": " + ex.getMessage(),
					DriftCheck.skipped("the migration chain could not be built"), -1, -1);
		}
		if (migrations.isEmpty()) {
			// Nothing to check is not a pass: a misspelt package, or classes another
			// class loader holds,
			// would otherwise let every test of the class run on an unmigrated graph with
			// a green verdict.
			return new Verdict(by, migrations, null,
					"Found no migrations in " + describe(configuration) + " with the class loader of "
							+ testClass.getName()
							+ ": check the package and location names (a misspelt one finds nothing) and that the"
							+ " migrations are on the test class path",
					DriftCheck.skipped("there are no migrations"), -1, -1);
		}
		checkRevisionsExist(configuration, MigrationChain.of(migrations), testClass);
		long clean = -1;
		long start = System.nanoTime();
		RoundTripReport report;
		try {
			clean = state.clean();
			start = System.nanoTime();
			report = state.migrate(configuration.mode());
		}
		catch (CrochetException ex) {
			return new Verdict(by, migrations, null, "Migrating " + subject + " failed: " + ex.getMessage(),
					DriftCheck.skipped("the migrations could not be run"), clean, clean < 0 ? -1 : millisSince(start));
		}
		long migrate = millisSince(start);
		if (!report.leavesNoTrace()) {
			return new Verdict(
					by, migrations, report, "The " + configuration.mode() + " round trip of " + subject + " failed:"
							+ NL + report.describe() + NL + report.summary(),
					DriftCheck.skipped("the round trip failed"), clean, migrate);
		}
		// The ledger's word on the data must hold too, as 'verify' checks it: every batch
		// where it says.
		List<String> data = state.crochet().dataProblems();
		if (!data.isEmpty()) {
			return new Verdict(by, migrations, report, "After the " + configuration.mode() + " round trip of " + subject
					+ ", the graph does not hold what the ledger records:" + NL + "  " + String.join(NL + "  ", data),
					DriftCheck.skipped("the data check failed"), clean, migrate);
		}
		DriftCheck drift = DriftCheck.of(state);
		String failure = null;
		if (drift.error() != null) {
			failure = "Cannot check drift of the models in " + configuration.modelPackages() + ": " + drift.error();
		}
		else if (drift.found()) {
			failure = "Drift between the models in " + configuration.modelPackages() + ", " + subject
					+ " and the migrated database:" + NL + drift.drift().describe();
		}
		return new Verdict(by, migrations, report, failure, drift, clean, migrate);
	}

	/**
	 * A target or fixture naming an unknown revision is a mistake in the annotation, not
	 * in the migrations.
	 */
	private static void checkRevisionsExist(Configuration configuration, MigrationChain chain, Class<?> testClass) {
		if (configuration.target() != null && !chain.contains(configuration.target())) {
			throw new ExtensionConfigurationException("@CrochetMigrated on " + testClass.getName() + " has target = \""
					+ configuration.target() + "\", which is not a revision of the chain " + chain.ids());
		}
		for (DataFixture fixture : configuration.fixtures()) {
			if (!chain.contains(fixture.afterRevision())) {
				throw new ExtensionConfigurationException(
						"@Fixture(afterRevision = \"" + fixture.afterRevision() + "\") on " + testClass.getName()
								+ " names a revision that is not in the chain " + chain.ids());
			}
		}
	}

	private static String describe(Configuration configuration) {
		List<String> where = new ArrayList<>(configuration.migrationPackages());
		where.addAll(configuration.migrationLocations());
		return where.toString();
	}

	static long millisSince(long nanoStart) {
		return (System.nanoTime() - nanoStart) / 1_000_000;
	}

	/**
	 * The revision the configuration migrates to: its target, else the chain's head; null
	 * for no chain.
	 */
	String head(Configuration configuration) {
		if (configuration.target() != null) {
			return configuration.target();
		}
		return migrations == null || migrations.isEmpty() ? null : migrations.get(migrations.size() - 1).id();
	}

	boolean passed() {
		return failure == null;
	}

	void throwIfFailed() {
		if (failure != null) {
			throw new AssertionFailedError(failure);
		}
	}
}
