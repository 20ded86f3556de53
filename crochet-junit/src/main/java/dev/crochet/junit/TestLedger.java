package dev.crochet.junit;

/**
 * Where a {@link CrochetMigrated} class's migration history is kept.
 *
 * <pre>
 * &#64;CrochetMigrated(migrationPackages = "com.example.migrations", ledger = TestLedger.GRAPH)
 * </pre>
 *
 * A class's database is emptied before it migrates and lives no longer than the test run,
 * so the fast temporary ledger file is the default; the graph ledger runs the tests with
 * the store a team deploys with.
 */
public enum TestLedger {

	/**
	 * The JUnit configuration parameter or system property {@code crochet.ledgerStore}
	 * ({@code file} or {@code graph}), else {@link #FILE}.
	 */
	AUTO,

	/** A temporary ledger file per class, deleted when the class is done. */
	FILE,

	/**
	 * The history in the class's database itself ({@link dev.crochet.LedgerStore#GRAPH}),
	 * emptied with the database.
	 */
	GRAPH

}
