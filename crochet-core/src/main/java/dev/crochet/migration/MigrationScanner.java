package dev.crochet.migration;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 * <p>
 * Packages are scanned with their sub-packages; every concrete class implementing
 * {@code Migration} there must be public, carry {@code @Revision} with a non-blank id and
 * have a public no-argument constructor (it is instantiated during the scan). Classpath
 * locations are resources of {@code classLoader} (directories and jars), searched
 * recursively; a classpath location without any resource is simply empty, and
 * {@code classpath:} alone (the whole class path) is refused. A file-system location must
 * exist; it may be a directory (walked recursively) or a single file. The result is
 * deterministic: Java migrations by class name, then classpath Cypher files by resource
 * path, then file-system ones location by location, by path. Order does not matter to
 * {@link MigrationChain}, which orders by parent links only.
 *
 * <p>
 * A migration's {@link ResolvedMigration#location()} is its class name, its file path as
 * walked from the given location, or {@code classpath:} followed by its resource path.
 */
public final class MigrationScanner {

	private MigrationScanner() {
	}

	/**
	 * Scans {@code packages} and {@code locations} of {@code classLoader}.
	 * @throws MigrationException naming the class, file or location that cannot be used
	 */
	public static List<ResolvedMigration> scan(ClassLoader classLoader, Collection<String> packages,
			Collection<String> locations) {
		Objects.requireNonNull(classLoader, "classLoader");
		Objects.requireNonNull(packages, "packages");
		Objects.requireNonNull(locations, "locations");
		JavaMigrations.validate(packages);
		Set<String> folders = new LinkedHashSet<>();
		Set<Path> paths = new LinkedHashSet<>();
		for (String location : locations) {
			if (location == null || location.isBlank()) {
				throw new MigrationException("A migration location must not be blank");
			}
			if (CypherMigrations.isClasspath(location)) {
				folders.add(CypherMigrations.classpathFolder(location));
			}
			else {
				paths.add(CypherMigrations.path(location));
			}
		}

		List<ResolvedMigration> found = new ArrayList<>();
		if (!packages.isEmpty() || !folders.isEmpty()) {
			// One scan for classes and resources: each scan opens every jar of the class
			// path.
			// overrideClassLoaders limits it to the given loader and its parents, which
			// is what makes
			// classes compiled at runtime into a URLClassLoader visible.
			ClassGraph classGraph = new ClassGraph().overrideClassLoaders(classLoader)
				.acceptPackages(packages.toArray(String[]::new))
				.acceptPaths(folders.toArray(String[]::new));
			if (!packages.isEmpty()) {
				classGraph.enableClassInfo().ignoreClassVisibility();
			}
			try (ScanResult scan = classGraph.scan()) {
				if (!packages.isEmpty()) {
					found.addAll(JavaMigrations.find(scan, classLoader, packages));
				}
				found.addAll(CypherMigrations.fromClasspath(scan, folders));
			}
		}
		for (Path path : paths) {
			found.addAll(CypherMigrations.fromFileSystem(path));
		}
		return List.copyOf(found);
	}

}
