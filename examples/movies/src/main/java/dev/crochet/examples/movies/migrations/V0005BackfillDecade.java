package dev.crochet.examples.movies.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

/**
 * A data backfill: every movie gets the decade of its release, computed in the database
 * in chunks.
 */
@Revision(id = "0005_backfill_decade", parent = "0004_rename_born_to_birth_year",
		description = "backfill Movie.decade from released")
public final class V0005BackfillDecade implements Migration {

	@Override
	public void upgrade(MigrationContext ctx) {
		ctx.runCypher("MATCH (m:Movie) WHERE m.released IS NOT NULL AND m.decade IS NULL"
				+ " CALL (m) { SET m.decade = m.released / 10 * 10 } IN TRANSACTIONS OF 10000 ROWS");
	}

	@Override
	public void downgrade(MigrationContext ctx) {
		ctx.removeNodeProperty("Movie", "decade");
	}

}
