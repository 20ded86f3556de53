package dev.crochet.ir;

import java.util.Collection;

/**
 * Reads Neo4j-OGM model classes into a {@link SchemaSnapshot}, using OGM's own metadata for naming.
 */
public final class ModelReader {

	private ModelReader() {
	}

	/** Scans the packages (with sub-packages) on the context class loader. */
	public static SchemaSnapshot read(String... packages) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** Scans the packages with the given class loader (the CLI compiles models into its own). */
	public static SchemaSnapshot read(ClassLoader classLoader, Collection<String> packages) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** Reads exactly these classes. */
	public static SchemaSnapshot read(Collection<Class<?>> classes) {
		throw new UnsupportedOperationException("not implemented");
	}
}
