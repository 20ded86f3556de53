package dev.crochet.junit;

import dev.crochet.Crochet;
import dev.crochet.CrochetException;
import dev.crochet.migration.ResolvedMigration;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The first class of a configuration scans its migrations and reads its models on another
 * thread while it waits for its server: on a cold JVM, scanning and starting Neo4j take
 * seconds each, and neither needs the other.
 *
 * <pre>{@code
 * EarlyScan scan = EarlyScan.start(configuration, testClass.getClassLoader());
 * Neo4jServer server = pool.acquire(testClass);        // meanwhile, the scan runs
 * List<ResolvedMigration> chain = scan.migrations();   // null if scanning failed
 * }</pre>
 *
 * A scan that fails is forgotten: the class scans again on its own thread and reports the
 * failure exactly as it would have without this.
 */
final class EarlyScan {

	private final CompletableFuture<List<ResolvedMigration>> migrations;

	private EarlyScan(CompletableFuture<List<ResolvedMigration>> migrations) {
		this.migrations = migrations;
	}

	static EarlyScan start(Configuration configuration, ClassLoader classLoader) {
		return new EarlyScan(CompletableFuture.supplyAsync(() -> scan(configuration, classLoader)));
	}

	private static List<ResolvedMigration> scan(Configuration configuration, ClassLoader classLoader) {
		// No driver and no ledger: a Crochet opens neither until a verb needs it, and
		// these do not.
		try (Crochet crochet = Crochet.configure()
			.classLoader(classLoader)
			.migrationPackages(configuration.migrationPackages().toArray(String[]::new))
			.migrationLocations(configuration.migrationLocations().toArray(String[]::new))
			.modelPackages(configuration.modelPackages().toArray(String[]::new))
			.load()) {
			List<ResolvedMigration> chain = crochet.chain().migrations();
			if (!configuration.modelPackages().isEmpty()) {
				// Read once per class loader and kept by the engine: the class's own read
				// then finds it.
				crochet.modelSchema();
			}
			return chain;
		}
	}

	/** The scanned chain, waiting for the scan if need be; null when it failed. */
	List<ResolvedMigration> migrations() {
		try {
			return migrations.join();
		}
		catch (CompletionException | CrochetException failed) {
			return null;
		}
	}

}
