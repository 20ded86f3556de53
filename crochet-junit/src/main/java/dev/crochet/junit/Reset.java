package dev.crochet.junit;

/**
 * What {@link CrochetMigrated} does to the database between the test methods of one
 * class. The first test method always sees the freshly migrated database.
 *
 * <pre>
 * &#64;CrochetMigrated(migrationPackages = "com.example.migrations", reset = Reset.DATA)
 * </pre>
 *
 * Resets other than {@link #NONE} assume the methods of a class run one after another
 * (JUnit's default).
 */
public enum Reset {

	/** Nothing: test methods see what earlier ones left (cheapest). */
	NONE,

	/**
	 * Every node and relationship is deleted before each test method after the first;
	 * constraints, indexes and the ledger stay as migrated. Data the migrations created
	 * is deleted too.
	 */
	DATA,

	/**
	 * Before each test method after the first, the database is emptied and migrated again
	 * (without a round trip) with a fresh ledger: every method sees exactly the migrated
	 * state, at the price of a migration per method. Use it in classes whose tests move
	 * the database with a {@link Migrator}.
	 */
	MIGRATE_AGAIN

}
