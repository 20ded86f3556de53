package dev.crochet.migration;

import java.util.Collection;
import java.util.List;

/**
 * Finds migrations: Java classes implementing {@link dev.crochet.Migration} with a
 * {@link dev.crochet.Revision} in packages, and {@code .cypher} files in locations
 * ({@code classpath:db/crochet}, {@code file:/abs/path} or a plain file-system path).
 */
public final class MigrationScanner {

	private MigrationScanner() {
	}

	public static List<ResolvedMigration> scan(ClassLoader classLoader, Collection<String> packages,
			Collection<String> locations) {
		throw new UnsupportedOperationException("not implemented");
	}
}
