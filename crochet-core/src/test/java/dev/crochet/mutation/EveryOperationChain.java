package dev.crochet.mutation;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.NodeMatch;
import dev.crochet.migration.MigrationKind;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.DataFixture;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A correct chain that uses every operation {@link MigrationContext} offers on Community
 * edition (existence constraints need Enterprise), with data that lets most wrong
 * downgrades show: batches that link nodes which outlive them, and untagged fixture data
 * of the same labels and types.
 */
final class EveryOperationChain {

	static final List<ResolvedMigration> MIGRATIONS = List.of(step("0001_schema", null, true, c -> {
		c.addUniqueConstraint("Person", "name");
		c.addIndex("Person", "born");
		c.addCompositeUniqueConstraint("Movie", List.of("title", "released"));
		c.addCompositeIndex("Person", List.of("born", "name"));
		c.addRelationshipIndex("ACTED_IN", "role");
		c.addRelationshipUniqueConstraint("REVIEWED", "id");
	}, c -> {
		c.dropRelationshipUniqueConstraint("REVIEWED", "id");
		c.dropRelationshipIndex("ACTED_IN", "role");
		c.dropCompositeIndex("Person", List.of("born", "name"));
		c.dropCompositeUniqueConstraint("Movie", List.of("title", "released"));
		c.dropIndex("Person", "born");
		c.dropUniqueConstraint("Person", "name");
	}), step("0002_people_and_classics", "0001_schema", true, c -> {
		c.beginBatch("people");
		c.createNodes("Person", List.of(Map.of("name", "Ada", "born", 1815), Map.of("name", "Alan", "born", 1912),
				Map.of("name", "Grace", "born", 1906)));
		c.beginBatch("classics");
		c.upsertNodes("Movie", List.of("title"),
				List.of(Map.of("title", "Metropolis", "released", 1927, "kind", "feature")));
		c.createRelationships("ACTED_IN", NodeMatch.of("Person", "name"), NodeMatch.of("Movie", "title"),
				List.of(Map.of("from", "Fixture", "to", "Home video", "role", "director"),
						Map.of("from", "Critic", "to", "Home video", "role", "critic")));
	}, c -> {
		c.deleteRelationshipsByBatch("ACTED_IN", "classics");
		c.deleteNodesByBatch("Movie", "classics");
		c.deleteNodesByBatch("Person", "people");
	}), step("0003_movies", "0002_people_and_classics", true, c -> {
		c.beginBatch("movies");
		c.upsertNodes("Movie", List.of("title"), List.of(Map.of("title", "Heat", "released", 1995, "kind", "feature"),
				Map.of("title", "Alien", "released", 1979, "kind", "feature")));
		c.createRelationships("ACTED_IN", NodeMatch.of("Person", "name"), NodeMatch.of("Movie", "title"),
				List.of(Map.of("from", "Alan", "to", "Metropolis", "role", "lead"),
						Map.of("from", "Grace", "to", "Home video", "role", "star")));
		c.createRelationships("REVIEWED", NodeMatch.of("Person", "name"), NodeMatch.of("Movie", "title"),
				List.of(Map.of("from", "Critic", "to", "Metropolis", "id", 1, "stars", 5),
						Map.of("from", "Critic", "to", "Heat", "id", 2, "stars", 4)));
	}, c -> {
		c.deleteRelationshipsByBatch("REVIEWED", "movies");
		c.deleteRelationshipsByBatch("ACTED_IN", "movies");
		c.deleteNodesByBatch("Movie", "movies");
	}), step("0004_refactor", "0003_movies", true, c -> {
		c.renameLabel("Movie", "Film");
		c.renameRelationshipType("REVIEWED", "RATED");
		c.renameNodeProperty("Person", "born", "birthYear");
		c.addNodeProperty("Person", "active", true);
		c.removeNodeProperty("Film", "kind");
	}, c -> {
		// Every film had kind 'feature', so the removal can be undone.
		c.addNodeProperty("Film", "kind", "feature");
		c.removeNodeProperty("Person", "active");
		c.renameNodeProperty("Person", "birthYear", "born");
		c.renameRelationshipType("RATED", "REVIEWED");
		c.renameLabel("Film", "Movie");
	}), step("0005_pioneers", "0004_refactor", true,
			c -> c.runCypher("MATCH (p:Person) WHERE p.birthYear < $year SET p:Pioneer", Map.of("year", 1900)),
			c -> c.runCypher("MATCH (p:Pioneer) REMOVE p:Pioneer")),
			step("0006_drop_active", "0005_pioneers", false, c -> c.removeNodeProperty("Person", "active"), c -> {
			}));

	/**
	 * Data that is no batch's, so that widened deletes and dropped relationship deletes
	 * show.
	 */
	static final List<DataFixture> FIXTURES = List.of(DataFixture
		.after("0001_schema", "CREATE (:Person {name: 'Fixture', born: 1900})-[:ACTED_IN {role: 'extra'}]->"
				+ "(:Movie {title: 'Home video', released: 1990, kind: 'feature'}), (:Person {name: 'Critic', born: 1950})"),
			DataFixture.after("0002_people_and_classics",
					"MATCH (c:Person {name: 'Critic'}), (m:Movie {title: 'Home video'})"
							+ " CREATE (c)-[:REVIEWED {id: 0, stars: 3}]->(m)"));

	private EveryOperationChain() {
	}

	private static ResolvedMigration step(String id, String parent, boolean rollbackSafe, Consumer<MigrationContext> up,
			Consumer<MigrationContext> down) {
		return new ResolvedMigration(id, parent, "step " + id, null, rollbackSafe, null, MigrationKind.JAVA, id,
				new Migration() {
					@Override
					public void upgrade(MigrationContext ctx) {
						up.accept(ctx);
					}

					@Override
					public void downgrade(MigrationContext ctx) {
						down.accept(ctx);
					}
				});
	}

}
