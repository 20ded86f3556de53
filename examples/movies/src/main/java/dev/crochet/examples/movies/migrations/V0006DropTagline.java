package dev.crochet.examples.movies.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

/**
 * Taglines are dropped for good. The downgrade cannot bring the text back, so this
 * revision says so: {@code rollbackSafe = false} makes every downgrade across it refuse
 * before reverting anything.
 */
// tag::unsafe[]
@Revision(id = "0006_drop_tagline", parent = "0005_backfill_decade", rollbackSafe = false,
		description = "remove Movie.tagline (destructive)")
public final class V0006DropTagline implements Migration {

	@Override
	public void upgrade(MigrationContext ctx) {
		ctx.removeNodeProperty("Movie", "tagline");
	}

	@Override
	public void downgrade(MigrationContext ctx) {
		// Nothing can restore the removed taglines; Crochet never calls this
		// (rollbackSafe = false).
	}

}
// end::unsafe[]
