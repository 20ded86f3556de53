package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.MigrationFailedException;
import dev.crochet.NodeMatch;
import dev.crochet.cypher.EndpointCheck;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.nothing;
import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code createRelationships} promises one relationship per row: a row whose "from" or
 * "to" matches no node, or several, fails the revision with the rows named, instead of
 * being dropped or fanning out.
 */
class RelationshipEndpointsIT extends EngineTestBase {

	private static final NodeMatch PERSON = NodeMatch.of("Person", "name");

	private static final NodeMatch MOVIE = NodeMatch.of("Movie", "title");

	private static final String PREFIX = "Every row of createRelationships 'ACTED_IN' must match exactly one 'Person' node"
			+ " by 'name' (\"from\") and one 'Movie' node by 'title' (\"to\"), but ";

	private static List<ResolvedMigration> chain(List<Map<String, Object>> people, List<Map<String, Object>> links) {
		return List.of(step("0001_nodes", null, ctx -> {
			ctx.createNodes("Person", people);
			ctx.createNodes("Movie", List.of(Map.of("title", "Heat"), Map.of("title", "Ronin")));
		}, nothing()), step("0002_links", "0001_nodes", ctx -> {
			ctx.beginBatch("links");
			ctx.createRelationships("ACTED_IN", PERSON, MOVIE, links);
		}, ctx -> ctx.deleteRelationshipsByBatch("ACTED_IN", "links")));
	}

	@Test
	void aRowMatchingNoNodeFailsTheRevisionAndLeavesNoRelationship() {
		List<Map<String, Object>> links = List.of(Map.of("from", "Al", "to", "Heat"),
				Map.of("from", "Bob", "to", "Heat"), Map.of("from", "Bob", "to", "Heatt", "role", "typo"));
		Crochet crochet = crochet(
				b -> b.migrations(chain(List.of(Map.of("name", "Al"), Map.of("name", "Bob")), links)).chunkSize(2));

		// The first chunk (rows 0 and 1) commits; the second fails and the batch is
		// undone.
		assertThatThrownBy(crochet::upgrade).isInstanceOf(MigrationFailedException.class)
			.hasMessageEndingWith("Cause: " + PREFIX
					+ "1 of rows 2 to 2 did not: row 2: no 'Movie' node with 'title' = \"Heatt\"" + " (\"to\")");
		assertThat(count(crochet, "()-[:ACTED_IN]->()")).isZero();
		assertThat(crochet.status().head()).isEqualTo("0001_nodes");
		assertThat(crochet.ledger().events())
			.anyMatch(e -> e.kind().equals("FAILURE") && e.revision().equals("0002_links"));
	}

	@Test
	void rowsMatchingSeveralNodesOrNoneAreNamedAndTheRestCounted() {
		List<Map<String, Object>> links = List.of(Map.of("from", "Al", "to", "Heat"),
				Map.of("from", "Cy", "to", "Ronin"), Map.of("from", "Dee", "to", "Up"),
				Map.of("from", "Bob", "to", "Up"), Map.of("from", "Bob", "to", "Heat"));
		Crochet crochet = crochet(
				chain(List.of(Map.of("name", "Al"), Map.of("name", "Al"), Map.of("name", "Bob")), links));

		assertThatThrownBy(crochet::upgrade).isInstanceOf(MigrationFailedException.class)
			.hasMessageEndingWith("Cause: " + PREFIX
					+ "4 of rows 0 to 4 did not: row 0: 2 'Person' nodes with 'name' = \"Al\""
					+ " (\"from\"); row 1: no 'Person' node with 'name' = \"Cy\" (\"from\"); row 2: no 'Person' node with 'name' = \"Dee\""
					+ " (\"from\"), no 'Movie' node with 'title' = \"Up\" (\"to\"); ...");
		assertThat(count(crochet, "()-[:ACTED_IN]->()")).isZero();
	}

	@Test
	void aRowFanningOutAndARowMatchingNothingInOneChunkDoNotCancelOut() {
		// Two relationships from row 0 and none from row 1: the chunk's count is right,
		// its rows are not.
		List<Map<String, Object>> links = List.of(Map.of("from", "Al", "to", "Heat"),
				Map.of("from", "Zed", "to", "Ronin"));
		Crochet crochet = crochet(chain(List.of(Map.of("name", "Al"), Map.of("name", "Al")), links));

		assertThatThrownBy(crochet::upgrade).isInstanceOf(MigrationFailedException.class)
			.hasMessageEndingWith(
					"Cause: " + PREFIX + "2 of rows 0 to 1 did not: row 0: 2 'Person' nodes with 'name' = \"Al\""
							+ " (\"from\"); row 1: no 'Person' node with 'name' = \"Zed\" (\"from\")");
		assertThat(count(crochet, "()-[:ACTED_IN]->()")).isZero();
	}

	@Test
	void onUniqueKeysTheCountStillCatchesARowMatchingNothing() {
		List<Map<String, Object>> links = List.of(Map.of("from", "Al", "to", "Heat"), Map.of("from", "Al", "to", "Up"));
		Crochet crochet = crochet(List.of(step("0000_keys", null, ctx -> {
			ctx.addUniqueConstraint("Person", "name");
			ctx.addUniqueConstraint("Movie", "title");
		}, nothing()), step("0001_nodes", "0000_keys", ctx -> {
			ctx.createNodes("Person", List.of(Map.of("name", "Al")));
			ctx.createNodes("Movie", List.of(Map.of("title", "Heat"), Map.of("title", "Ronin")));
		}, nothing()), step("0002_links", "0001_nodes",
				ctx -> ctx.createRelationships("ACTED_IN", PERSON, MOVIE, links), nothing())));

		assertThatThrownBy(crochet::upgrade).isInstanceOf(MigrationFailedException.class)
			.hasMessageEndingWith("Cause: " + PREFIX
					+ "1 of rows 0 to 1 did not: row 1: no 'Movie' node with 'title' = \"Up\"" + " (\"to\")");
		assertThat(count(crochet, "()-[:ACTED_IN]->()")).isZero();
		assertThat(crochet.status().head()).isEqualTo("0001_nodes");
	}

	@Test
	void onlySinglePropertyUniqueKeysCountAsUnique() {
		Crochet crochet = crochet(List.of(step("0001_keys", null, ctx -> {
			ctx.addUniqueConstraint("Person", "name");
			ctx.addCompositeUniqueConstraint("Movie", List.of("title", "year"));
			ctx.addIndex("Genre", "name");
		}, nothing())));
		crochet.upgrade();

		List<Map<String, Object>> keys = rows(crochet, EndpointCheck.UNIQUE_KEYS);

		assertThat(keys).contains(Map.of("label", "Person", "property", "name"))
			.doesNotContain(Map.of("label", "Movie", "property", "title"),
					Map.of("label", "Genre", "property", "name"));
	}

	@Test
	void afterTheDataIsFixedTheUpgradeCompletes() {
		List<Map<String, Object>> links = List.of(Map.of("from", "Al", "to", "Heat"),
				Map.of("from", "Bob", "to", "Ronin", "role", 7));
		Crochet crochet = crochet(chain(List.of(Map.of("name", "Al")), links));
		assertThatThrownBy(crochet::upgrade).isInstanceOf(MigrationFailedException.class)
			.hasMessageEndingWith("row 1: no 'Person' node with 'name' = \"Bob\" (\"from\")");

		crochet.runCypher("CREATE (:Person {name: 'Bob'})", Map.of());

		assertThat(crochet.upgrade().revisions()).containsExactly("0002_links");
		assertThat(rows(crochet,
				"MATCH (p:Person)-[r:ACTED_IN]->(m:Movie) RETURN p.name AS p, m.title AS m, r.role AS role"
						+ " ORDER BY p"))
			.containsExactly(mapOf("p", "Al", "m", "Heat", "role", null), mapOf("p", "Bob", "m", "Ronin", "role", 7L));
		assertThat(crochet.ledger().batch("links")).hasValueSatisfying(b -> assertThat(b.recordCount()).isEqualTo(2));
	}

	private static Map<String, Object> mapOf(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
