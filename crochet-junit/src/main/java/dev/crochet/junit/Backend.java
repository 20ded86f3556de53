package dev.crochet.junit;

/**
 * Where {@link CrochetMigrated} gets its Neo4j server.
 *
 * <pre>
 * &#64;CrochetMigrated(migrationPackages = "com.example.migrations", backend = Backend.TESTCONTAINERS)
 * </pre>
 */
public enum Backend {

	/**
	 * An explicit URI (attribute, system property {@code crochet.neo4j.uri} or
	 * environment variable {@code CROCHET_NEO4J_URI}) if there is one; else the embedded
	 * server if {@code crochet-neo4j-embedded} is on the class path (it is by default);
	 * else Testcontainers, which skips the test class when Docker is not available.
	 */
	AUTO,

	/** The in-process Neo4j Community server of {@code crochet-neo4j-embedded}. */
	EMBEDDED,

	/**
	 * A Neo4j container ({@code org.testcontainers:testcontainers-neo4j} must be on the
	 * test class path). Without Docker the test class is skipped, not failed.
	 */
	TESTCONTAINERS,

	/** The server at the explicit URI; required. */
	EXTERNAL

}
