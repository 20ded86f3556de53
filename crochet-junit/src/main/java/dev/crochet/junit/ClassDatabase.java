package dev.crochet.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens a test class's {@link DatabaseRoute} on its server: with
 * {@code crochet.databasePerClass} on an Enterprise server, creates the class's database
 * if it does not exist. The database is kept after the class: its name is the same in
 * every run, so the next run finds it and cleans it, as it cleans the default database.
 */
final class ClassDatabase {

	private ClassDatabase() {
	}

	/**
	 * The route of the class {@code context} runs, on {@code server}; on failure gives
	 * the server back through {@code release} before throwing.
	 * @param databasePerClass the extension's view of {@link DatabasePerClass#PARAMETER}
	 */
	static DatabaseRoute open(ExtensionContext context, boolean databasePerClass, Neo4jServer server,
			Runnable release) {
		Class<?> testClass = context.getRequiredTestClass();
		try {
			requireTheLocksAgree(databasePerClass, server.spec().backend(), DatabasePerClass.atDiscovery());
			DatabaseRoute route = DatabaseRoute.of(databasePerClass, server.spec().backend(), server::edition,
					server.boltUri(), testClass.getName());
			route.database().ifPresent(name -> {
				create(server, name, testClass);
				context.publishReportEntry(ReportEntries.DATABASE, name);
			});
			return route;
		}
		catch (RuntimeException | Error ex) {
			release.run();
			throw ex;
		}
	}

	/**
	 * A class whose locks were decided with the parameter on runs alongside the others on
	 * its server; were the extension to see it off, that class would share the default
	 * database with them. That happens only when a launcher passes {@code false} as its
	 * own configuration parameter over a system property or
	 * {@code junit-platform.properties} saying {@code true}, which the locks read.
	 */
	static void requireTheLocksAgree(boolean databasePerClass, Backend backend, boolean locksSawItOn) {
		if (locksSawItOn && !databasePerClass && backend != Backend.EMBEDDED) {
			throw new ExtensionConfigurationException(DatabasePerClass.PARAMETER
					+ " is false as a configuration parameter but true as a system property or in "
					+ DatabasePerClass.PLATFORM_PROPERTIES
					+ ", where JUnit's resource locks read it; classes would share one database at the same time: set it in one place");
		}
	}

	private static void create(Neo4jServer server, String name, Class<?> testClass) {
		try {
			server.createDatabase(name);
		}
		catch (RuntimeException ex) {
			throw new ExtensionConfigurationException("@CrochetMigrated on " + testClass.getName()
					+ " cannot create its database " + name + " on the server at "
					+ ReportEntries.withoutCredentials(server.boltUri()) + ": " + ex.getMessage(), ex);
		}
	}

}
