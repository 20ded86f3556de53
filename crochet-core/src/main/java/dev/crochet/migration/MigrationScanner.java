package dev.crochet.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Finds migrations: Java classes implementing {@link dev.crochet.Migration} with a
 * {@link dev.crochet.Revision} in packages, and {@code .cypher} files in locations
 * ({@code classpath:db/crochet}, {@code file:/abs/path} or a plain file-system path).
 *
 * <pre>{@code
 * List<ResolvedMigration> found = MigrationScanner.scan(getClass().getClassLoader(),
 *         List.of("com.example.migrations"), List.of("classpath:db/crochet", "migrations"));
 * MigrationChain chain = MigrationChain.of(found);
 * }</pre>
 *
 * <p>Packages are scanned with their sub-packages; every concrete class implementing
 * {@code Migration} there must be public, carry {@code @Revision} with a non-blank id and have a
 * public no-argument constructor (it is instantiated during the scan). Classpath locations are
 * resources of {@code classLoader} (directories and jars), searched recursively; a classpath
 * location without any resource is simply empty. A file-system location must exist; it may be a
 * directory (walked recursively) or a single file. Java migrations come first (by class name), then
 * Cypher files in the order of their locations (by path within a location). Order does not matter
 * to {@link MigrationChain}, which orders by parent links only.
 *
 * <p>A migration's {@link ResolvedMigration#location()} is its class name, its file path as
 * walked from the given location, or {@code classpath:} followed by its resource path.
 */
public final class MigrationScanner {

	private MigrationScanner() {
	}

	/**
	 * Scans {@code packages} and {@code locations} of {@code classLoader}.
	 *
	 * @throws MigrationException naming the class, file or location that cannot be used
	 */
	public static List<ResolvedMigration> scan(ClassLoader classLoader, Collection<String> packages,
			Collection<String> locations) {
		Objects.requireNonNull(classLoader, "classLoader");
		Objects.requireNonNull(packages, "packages");
		Objects.requireNonNull(locations, "locations");
		List<ResolvedMigration> found = new ArrayList<>(JavaMigrations.find(classLoader, packages));
		found.addAll(CypherMigrations.find(classLoader, locations));
		return List.copyOf(found);
	}
}
