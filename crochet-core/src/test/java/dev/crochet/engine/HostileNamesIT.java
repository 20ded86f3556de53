package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.MigrationFailedException;
import dev.crochet.NodeMatch;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import dev.crochet.roundtrip.Fingerprint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Names that are not plain identifiers reach the graph literally through the engine, an
 * injection attempt is just a strange label, and an empty name is refused before anything
 * runs.
 */
class HostileNamesIT extends EngineTestBase {

	private static final String INJECTION = "Person`) DETACH DELETE n //";

	private static final List<String> NAMES = List.of("Per`son", "with space", "quote's \"double\"", "ünïcødé 人物 🎬",
			"MATCH", "RETURN", "`", "back\\slash", INJECTION);

	@Test
	void hostileLabelsTypesAndPropertiesWorkAndInjectNothing() {
		Crochet crochet = crochet(List.of(step("0001_canary", null, c -> c.runCypher("CREATE (:Canary {alive: true})"),
				c -> c.runCypher("MATCH (c:Canary) DELETE c")), step("0002_hostile", "0001_canary", c -> {
					for (String name : NAMES) {
						c.beginBatch("batch " + name);
						c.addUniqueConstraint(name, name);
						c.addIndex(name, name + " 2");
						c.createNodes(name,
								List.of(Map.of(name, "v1", name + " 2", 1), Map.of(name, "v2", name + " 2", 2)));
						c.createRelationships(name, NodeMatch.of(name, name), NodeMatch.of(name, name),
								List.of(Map.of("from", "v1", "to", "v2", name, "rel")));
						c.renameNodeProperty(name, name + " 2", name + " 3");
					}
				}, c -> {
					for (String name : NAMES) {
						c.renameNodeProperty(name, name + " 3", name + " 2");
						c.deleteRelationshipsByBatch(name, "batch " + name);
						c.deleteNodesByBatch(name, "batch " + name);
						c.dropIndex(name, name + " 2");
						c.dropUniqueConstraint(name, name);
					}
				})));
		crochet.upgrade("0001_canary");
		Fingerprint before = crochet.fingerprint();

		crochet.upgrade();

		assertThat(count(crochet, "(c:Canary)")).as("the injection deleted nothing").isEqualTo(1);
		List<SchemaElement> expected = new ArrayList<>();
		for (String name : NAMES) {
			List<Map<String, Object>> nodes = rows(crochet,
					"MATCH (n:" + escape(name) + ") RETURN labels(n) AS labels");
			assertThat(nodes).hasSize(2);
			assertThat(nodes.get(0).get("labels")).isEqualTo(List.of(name));
			var values = crochet.driver()
				.executableQuery("MATCH (n:" + escape(name) + ") RETURN n[$p] AS v, n[$q] AS q ORDER BY v")
				.withParameters(Map.of("p", name, "q", name + " 3"))
				.execute()
				.records();
			assertThat(values).extracting(r -> r.get("v").asString()).containsExactly("v1", "v2");
			assertThat(values).extracting(r -> r.get("q").asLong()).containsExactly(1L, 2L);
			var rel = crochet.driver()
				.executableQuery("MATCH ()-[r:" + escape(name) + "]->() RETURN type(r) AS t, r[$p] AS v")
				.withParameters(Map.of("p", name))
				.execute()
				.records();
			assertThat(rel).hasSize(1);
			assertThat(rel.get(0).get("t").asString()).isEqualTo(name);
			assertThat(rel.get(0).get("v").asString()).isEqualTo("rel");
			expected.add(SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, false, name, List.of(name)));
			expected.add(SchemaElement.declared(Kind.RANGE_INDEX, false, name, List.of(name + " 2")));
		}
		assertThat(crochet.liveSchema().elements()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();

		crochet.downgrade();
		assertThat(crochet.fingerprint()).isEqualTo(before);
	}

	@Test
	void anEmptyNameIsAClearErrorAndChangesNothing() {
		Crochet crochet = crochet(
				List.of(step("0001_ok", null, c -> c.addIndex("Person", "name"), c -> c.dropIndex("Person", "name")),
						step("0002_empty", "0001_ok", c -> {
							c.beginBatch("people");
							c.createNodes("Person", List.of(Map.of("name", "Ada")));
							c.renameLabel("Person", "");
						}, Steps.nothing())));
		crochet.runCypher("CREATE (:Existing)", Map.of());
		Fingerprint before = crochet.fingerprint();

		assertThatThrownBy(crochet::upgrade).isInstanceOf(MigrationFailedException.class)
			.hasMessage("Revision 0002_empty failed while declaring its upgrade operations (nothing was run):"
					+ " Invalid label '': must not be empty");

		assertThat(crochet.fingerprint()).as("0001_ok did not run either").isEqualTo(before);
		assertThat(crochet.ledger().applied()).isEmpty();
		assertThat(crochet.ledger().batches()).isEmpty();
		assertThat(crochet.status().pending()).containsExactly("0001_ok", "0002_empty");
	}

	private static String escape(String name) {
		return "`" + name.replace("`", "``").replace("\\", "\\u005C") + "`";
	}

}
