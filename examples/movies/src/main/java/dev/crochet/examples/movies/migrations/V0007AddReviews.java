package dev.crochet.examples.movies.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.NodeMatch;
import dev.crochet.Revision;

import java.util.List;
import java.util.Map;

/**
 * Critics and their reviews, rated 0 to 100, with an index to find the best-rated
 * quickly.
 */
@Revision(id = "0007_add_reviews", parent = "0006_drop_tagline", description = "critics and their reviews",
		schemaHash = "86fee576d887be0e76a5f81ec37b314d70abfd89881bfbeb93a161085f335dda")
public final class V0007AddReviews implements Migration {

	static final String BATCH = "reviews-2024";

	@Override
	public void upgrade(MigrationContext ctx) {
		ctx.addRelationshipIndex("REVIEWED", "rating");
		ctx.beginBatch(BATCH);
		ctx.upsertNodes("Person", List.of("name"),
				List.of(Map.of("name", "Jessica Thompson"), Map.of("name", "James Thompson")));
		ctx.createRelationships("REVIEWED", NodeMatch.of("Person", "name"), NodeMatch.of("Movie", "title"), List.of(
				Map.of("from", "Jessica Thompson", "to", "Cloud Atlas", "rating", 95, "summary", "An amazing journey"),
				Map.of("from", "Jessica Thompson", "to", "The Matrix", "rating", 80, "summary", "Still holds up"),
				Map.of("from", "James Thompson", "to", "Top Gun", "rating", 62, "summary", "Fun, if you like jets")));
	}

	@Override
	public void downgrade(MigrationContext ctx) {
		ctx.deleteRelationshipsByBatch("REVIEWED", BATCH);
		ctx.deleteNodesByBatch("Person", BATCH);
		ctx.dropRelationshipIndex("REVIEWED", "rating");
	}

}
