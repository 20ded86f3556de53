package dev.crochet.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A row of the ledger: one applied migration.
 *
 * @param parent null for the root
 * @param schemaHash null when the migration declared none
 * @param checksum see {@link dev.crochet.migration.ResolvedMigration#checksum()}; null
 * for a Java migration applied by a Crochet that did not checksum them yet
 */
public record AppliedMigration(String revision, String parent, String description, String schemaHash, String checksum,
		boolean rollbackSafe, Instant appliedAt, long durationMillis) {

	public AppliedMigration {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(appliedAt, "appliedAt");
	}
}
