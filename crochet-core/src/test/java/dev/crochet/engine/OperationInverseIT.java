package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.MigrationContext;
import dev.crochet.MigrationResult;
import dev.crochet.NodeMatch;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every MigrationContext operation through the engine: its upgrade changes the graph and
 * its inverse, as a downgrade, restores it fingerprint-equal.
 */
class OperationInverseIT extends EngineTestBase {

	private static final ResolvedMigration SETUP = step("0001_setup", null, ctx -> {
		ctx.runCypher(
				"CREATE (:Person {name: 'Ada', age: 36, active: true}), (:Person {name: 'Alan', age: 41, active: true}),"
						+ " (:Person {name: 'Grace', age: 85, active: true}), (:Movie {title: 'M1'}), (:Movie {title: 'M2'})");
		ctx.runCypher("MATCH (p:Person {name: 'Ada'}), (m:Movie) CREATE (p)-[:ACTED_IN {role: 'lead'}]->(m)");
		ctx.addUniqueConstraint("Person", "name");
		ctx.addIndex("Person", "age");
	}, ctx -> {
		throw new AssertionError("never reverted");
	});

	static Stream<Arguments> operations() {
		return Stream.of(
				arguments("addUniqueConstraint", op(c -> c.addUniqueConstraint("Movie", "title")),
						op(c -> c.dropUniqueConstraint("Movie", "title"))),
				arguments("dropUniqueConstraint", op(c -> c.dropUniqueConstraint("Person", "name")),
						op(c -> c.addUniqueConstraint("Person", "name"))),
				arguments("addIndex", op(c -> c.addIndex("Movie", "title")), op(c -> c.dropIndex("Movie", "title"))),
				arguments("dropIndex", op(c -> c.dropIndex("Person", "age")), op(c -> c.addIndex("Person", "age"))),
				arguments("addCompositeIndex", op(c -> c.addCompositeIndex("Person", List.of("name", "age"))),
						op(c -> c.dropCompositeIndex("Person", List.of("name", "age")))),
				arguments("addRelationshipIndex", op(c -> c.addRelationshipIndex("ACTED_IN", "role")),
						op(c -> c.dropRelationshipIndex("ACTED_IN", "role"))),
				arguments("renameLabel", op(c -> c.renameLabel("Person", "Human")),
						op(c -> c.renameLabel("Human", "Person"))),
				arguments("renameRelationshipType", op(c -> c.renameRelationshipType("ACTED_IN", "PLAYED_IN")),
						op(c -> c.renameRelationshipType("PLAYED_IN", "ACTED_IN"))),
				arguments("addNodeProperty", op(c -> c.addNodeProperty("Movie", "rating", 0)),
						op(c -> c.removeNodeProperty("Movie", "rating"))),
				arguments("removeNodeProperty", op(c -> c.removeNodeProperty("Person", "active")),
						op(c -> c.addNodeProperty("Person", "active", true))),
				arguments("renameNodeProperty", op(c -> c.renameNodeProperty("Person", "age", "years")),
						op(c -> c.renameNodeProperty("Person", "years", "age"))),
				arguments("renameRelationshipProperty",
						op(c -> c.renameRelationshipProperty("ACTED_IN", "role", "character")),
						op(c -> c.renameRelationshipProperty("ACTED_IN", "character", "role"))),
				arguments("runCypher", op(c -> c.runCypher("CREATE (:Marker {n: $n})", Map.of("n", 1))),
						op(c -> c.runCypher("MATCH (m:Marker) DELETE m"))),
				arguments("createNodes", op(c -> {
					c.beginBatch("keywords");
					c.createNodes("Keyword", List.of(Map.of("word", "noir"), Map.of("word", "heist")));
				}), op(c -> c.deleteNodesByBatch("Keyword", "keywords"))), arguments("upsertNodes", op(c -> {
					c.beginBatch("more-people");
					c.upsertNodes("Person", List.of("name"),
							List.of(Map.of("name", "Linus", "age", 50), Map.of("name", "Linus", "age", 51)));
				}), op(c -> c.deleteNodesByBatch("Person", "more-people"))), arguments("createRelationships", op(c -> {
					c.beginBatch("follows");
					c.createRelationships("FOLLOWS", NodeMatch.of("Person", "name"), NodeMatch.of("Movie", "title"),
							List.of(Map.of("from", "Alan", "to", "M1", "since", 2020),
									Map.of("from", "Grace", "to", "M2")));
				}), op(c -> c.deleteRelationshipsByBatch("FOLLOWS", "follows"))));
	}

	private static Consumer<MigrationContext> op(Consumer<MigrationContext> declaration) {
		return declaration;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void upgradeThenItsInverseRestoresTheGraph(String name, Consumer<MigrationContext> up,
			Consumer<MigrationContext> down) {
		Crochet crochet = crochet(List.of(SETUP, step("0002_" + name, "0001_setup", up, down)));
		crochet.upgrade("0001_setup");
		Fingerprint before = crochet.fingerprint();

		crochet.upgrade();
		assertThat(crochet.fingerprint()).as("the upgrade of %s changes the graph", name).isNotEqualTo(before);

		MigrationResult reverted = crochet.downgrade();
		assertThat(reverted.revisions()).containsExactly("0002_" + name);
		assertThat(crochet.fingerprint()).isEqualTo(before);
		assertThat(before.differences(crochet.fingerprint())).isEmpty();
	}

	@Test
	void renameLabelTakesCrochetsConstraintsAndIndexesAlong() {
		Crochet crochet = crochet(List.of(SETUP, step("0002_rename", "0001_setup",
				c -> c.renameLabel("Person", "Human"), c -> c.renameLabel("Human", "Person"))));
		MigrationResult result = crochet.upgrade();
		assertThat(result.statements()).as("the result records the statements that moved the schema too")
			.anyMatch(s -> s.startsWith("CREATE CONSTRAINT crochet_uniq_Human_name_"))
			.anyMatch(s -> s.startsWith("DROP CONSTRAINT `crochet_uniq_Person_name_"))
			.anyMatch(s -> s.startsWith("DROP INDEX `crochet_idx_Person_age_"));
		assertThat(crochet.liveSchema().elements()).containsExactlyInAnyOrder(
				SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, false, "Human", List.of("name")),
				SchemaElement.declared(Kind.RANGE_INDEX, false, "Human", List.of("age")));
		assertThat(count(crochet, "(:Human)")).isEqualTo(3);
		assertThat(count(crochet, "(:Person)")).isZero();
	}

	@Test
	void aDryRunOfALabelRenameListsTheSchemaItWouldMoveAndRunsNothing() {
		Crochet crochet = crochet(List.of(SETUP, step("0002_rename", "0001_setup",
				c -> c.renameLabel("Person", "Human"), c -> c.renameLabel("Human", "Person"))));
		crochet.upgrade("0001_setup");
		Fingerprint before = crochet.fingerprint();

		MigrationResult dryRun = crochet.upgrade(null, true);

		assertThat(dryRun.statements()).first().asString().startsWith("MATCH (n:`Person`)");
		assertThat(dryRun.statements()).anyMatch(s -> s.startsWith("CREATE CONSTRAINT crochet_uniq_Human_name_"))
			.anyMatch(s -> s.startsWith("DROP CONSTRAINT `crochet_uniq_Person_name_"))
			.anyMatch(s -> s.startsWith("CREATE INDEX crochet_idx_Human_age_"))
			.anyMatch(s -> s.startsWith("DROP INDEX `crochet_idx_Person_age_"));
		assertThat(dryRun.statements()).isEqualTo(crochet.upgrade().statements());
		crochet.downgrade();
		assertThat(crochet.fingerprint()).isEqualTo(before);
	}

	@Test
	void aBatchFromASourceFileRecordsChecksumRowCountAndLoaderVersion() throws IOException {
		Path source = Files.writeString(dir.resolve("keywords.csv"), "word\nnoir\nheist\n");
		Crochet crochet = crochet(List.of(SETUP, step("0002_load", "0001_setup", c -> {
			c.beginBatch("keywords", source);
			c.createNodes("Keyword", List.of(Map.of("word", "noir"), Map.of("word", "heist")));
		}, c -> c.deleteNodesByBatch("Keyword", "keywords"))));
		crochet.upgrade();
		var batch = crochet.ledger().batch("keywords").orElseThrow();
		assertThat(batch.migrationId()).isEqualTo("0002_load");
		assertThat(batch.sourceFile()).isEqualTo(source.toAbsolutePath().toString());
		assertThat(batch.checksum()).isEqualTo(BatchSources.checksum(source)).hasSize(64);
		assertThat(batch.recordCount()).isEqualTo(2);
		assertThat(batch.loaderVersion()).isEqualTo("crochet-" + CrochetVersion.VERSION);
		assertThat(batch.status()).isEqualTo(BatchStatus.COMMITTED);
		crochet.downgrade();
		assertThat(crochet.ledger().batch("keywords").orElseThrow().status()).isEqualTo(BatchStatus.DELETED);
		assertThat(count(crochet, "(:Keyword)")).isZero();
	}

	@Test
	void createNodesAndRelationshipsStreamFiftyThousandLazilyGeneratedRows() {
		AtomicLong generated = new AtomicLong();
		Iterable<Map<String, Object>> people = () -> counting(50_000, generated, i -> Map.of("id", i));
		Iterable<Map<String, Object>> links = () -> counting(50_000, generated,
				i -> Map.of("from", i, "to", (i + 1) % 50_000));
		Crochet crochet = crochet(b -> b.chunkSize(5_000).migrations(List.of(step("0001_ingest", null, c -> {
			c.beginBatch("people");
			c.addUniqueConstraint("P", "id");
			c.createNodes("P", people);
			c.beginBatch("links");
			c.createRelationships("NEXT", NodeMatch.of("P", "id"), NodeMatch.of("P", "id"), links);
		}, c -> {
			c.deleteRelationshipsByBatch("NEXT", "links");
			c.deleteNodesByBatch("P", "people");
			c.dropUniqueConstraint("P", "id");
		}))));

		MigrationResult dryRun = crochet.upgrade(null, true);
		assertThat(dryRun.statements()).isNotEmpty();
		assertThat(generated).as("declaring and a dry run never iterate the rows").hasValue(0);

		crochet.upgrade();
		assertThat(generated).hasValue(100_000);
		assertThat(count(crochet, "(:P)")).isEqualTo(50_000);
		assertThat(count(crochet, "()-[:NEXT]->()")).isEqualTo(50_000);
		assertThat(crochet.ledger().batch("people").orElseThrow().recordCount()).isEqualTo(50_000);
		assertThat(crochet.ledger().batch("links").orElseThrow().recordCount()).isEqualTo(50_000);

		crochet.downgrade();
		assertThat(crochet.fingerprint().isEmpty()).as(crochet.fingerprint().toString()).isTrue();
	}

	private static Iterator<Map<String, Object>> counting(int size, AtomicLong generated,
			IntFunction<Map<String, Object>> row) {
		return new Iterator<>() {
			private int next;

			@Override
			public boolean hasNext() {
				return next < size;
			}

			@Override
			public Map<String, Object> next() {
				generated.incrementAndGet();
				return row.apply(next++);
			}
		};
	}

}
