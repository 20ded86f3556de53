package dev.crochet.junit;

import dev.crochet.MigrationResult;

import java.util.List;
import java.util.Optional;

/**
 * Moves the test class's database along the migration chain inside a test, to test a data
 * migration the way it will run in production: migrate to the revision before it, insert
 * data, step across it, assert, step back.
 *
 * <pre>
 * &#64;Test
 * void splitsFullNames(Migrator migrator, Session session) {
 *     migrator.downgradeTo("0003_people");
 *     session.run("CREATE (:Person {fullName: 'Ada Lovelace'})");
 *     migrator.upgradeTo("0004_split_names");
 *     assertThat(session.run("MATCH (p:Person) RETURN p.lastName").single().get(0).asString()).isEqualTo("Lovelace");
 *     migrator.downgradeTo("0003_people");
 * }
 * </pre>
 *
 * The moves are the engine's own upgrade and downgrade (recorded in the class's ledger),
 * so a revision that is not rollback-safe cannot be stepped back over. Combine with
 * {@link Reset#MIGRATE_AGAIN} so that the next test method starts from the migrated state
 * again.
 */
public interface Migrator {

	/** Applies pending revisions up to and including {@code revision}. */
	MigrationResult upgradeTo(String revision);

	/** Reverts every revision above {@code revision}, which stays applied. */
	MigrationResult downgradeTo(String revision);

	/** Applies every pending revision. */
	MigrationResult head();

	/** Reverts every applied revision. */
	MigrationResult base();

	/** The revision applied last, or empty at the base. */
	Optional<String> current();

	/** Every revision of the chain, root first. */
	List<String> revisions();

}
