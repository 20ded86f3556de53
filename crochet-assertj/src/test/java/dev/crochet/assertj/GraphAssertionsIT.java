package dev.crochet.assertj;

import dev.crochet.Crochet;
import dev.crochet.NodeMatch;
import dev.crochet.cypher.SchemaNames;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ledger.Ledger;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.RevisionVerdict.Outcome;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.crochet.assertj.CrochetAssertions.assertThat;
import static dev.crochet.assertj.TestMigrations.migration;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The assertions that need a database, on one embedded Neo4j for the whole class. */
class GraphAssertionsIT {

	static EmbeddedNeo4j neo4j;

	static final String AGE_INDEX = "range index on :Person(age) named " + SchemaNames.index("Person", "age");

	static final String NAME_CONSTRAINT = "unique constraint on :Person(name) named "
			+ SchemaNames.uniqueConstraint("Person", "name");

	static final ResolvedMigration SCHEMA = migration("0001_schema", null, ctx -> {
		ctx.addUniqueConstraint("Person", "name");
		ctx.addIndex("Person", "age");
	}, ctx -> {
		ctx.dropIndex("Person", "age");
		ctx.dropUniqueConstraint("Person", "name");
	});

	static final ResolvedMigration PEOPLE = migration("0002_people", "0001_schema", ctx -> {
		ctx.beginBatch("people");
		ctx.createNodes("Person", List.of(Map.of("name", "Ada", "age", 36), Map.of("name", "Alan", "age", 41)));
		ctx.createNodes("Movie", List.of(Map.of("title", "Alien")));
		ctx.createRelationships("WATCHED", NodeMatch.of("Person", "name"), NodeMatch.of("Movie", "title"),
				List.of(Map.of("from", "Ada", "to", "Alien")));
	}, ctx -> {
		ctx.deleteRelationshipsByBatch("WATCHED", "people");
		ctx.deleteNodesByBatch("Person", "people");
		ctx.deleteNodesByBatch("Movie", "people");
	});

	@TempDir
	Path dir;

	Crochet crochet;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start();
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	@AfterEach
	void close() {
		if (crochet != null) {
			crochet.close();
		}
	}

	/**
	 * A clean database and a fresh ledger, with these migrations and the test models
	 * configured.
	 */
	Crochet crochet(List<ResolvedMigration> migrations) {
		crochet = Crochet.configure()
			.uri(neo4j.boltUri().toString())
			.ledger(dir.resolve("ledger.db"))
			.migrations(migrations)
			.modelClasses(TestMigrations.MODELS)
			.cleanEnabled(true)
			.load();
		crochet.cleanDatabase();
		return crochet;
	}

	@Nested
	class Graph {

		@Test
		void constraintsIndexesAndBatches() {
			// GIVEN a unique constraint, an index, and the batch "people": 2 persons, a
			// movie, a relationship
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			assertThat(crochet.driver()).hasUniqueConstraint("Person", "name")
				.hasNoUniqueConstraint("Person", "age")
				.hasIndex("Person", "age")
				.hasNoIndex("Person", "nickname")
				.hasNodesInBatch("people", 3)
				.hasRelationshipsInBatch("people", 1)
				.hasNoNodesInBatch("films")
				.hasNoRelationshipsInBatch("films")
				.hasNodes("Person", 2)
				.hasNodes("Per`son", 0);
		}

		@Test
		void matchesLedgerPassesAfterCleanRunsAndNamesEveryBatchThatIsOff() {
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			assertThat(crochet.driver()).matchesLedger(crochet.ledger());

			crochet.runCypher("MATCH (m:Movie) DETACH DELETE m", Map.of());

			assertThatThrownBy(() -> assertThat(crochet.driver()).matchesLedger(crochet.ledger())).hasMessage(format(
					"%nExpecting the graph to hold what the ledger %s records,%nbut:%n"
							+ "  Batch people (revision 0002_people): the ledger records 4 entities, the graph holds 2",
					dir.resolve("ledger.db").toAbsolutePath().normalize()));
		}

		@Test
		void matchesLedgerFailsOnAHeldLock() {
			crochet(List.of(SCHEMA)).upgrade();
			// A run on another host holds the lock (only the engine writes through
			// crochet.ledger()).
			try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
				ledger.lock("4242@elsewhere.example/main/00000000");
			}

			assertThatThrownBy(() -> assertThat(crochet.driver()).matchesLedger(crochet.ledger())).hasMessageEndingWith(
					format("but:%n  The ledger is locked by 4242@elsewhere.example/main/00000000 since %s"
							+ " (on another host: cannot tell whether it runs): if that run died, run 'crochet unlock'",
							crochet.ledger().lock().orElseThrow().since()));
		}

		@Test
		void downgradeRemovesTheBatch() {
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			crochet.downgrade("0001_schema");
			assertThat(crochet.driver()).hasNoNodesInBatch("people").hasNoRelationshipsInBatch("people");
		}

		@Test
		void hasUniqueConstraintFails() {
			crochet(List.of(SCHEMA)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasUniqueConstraint("Person", "age"))
				.hasMessage(format("%nExpecting the graph to have a unique constraint on:%n  :Person(age)%n"
						+ "but its constraints and indexes are:%n  %s%n  %s", AGE_INDEX, NAME_CONSTRAINT));
		}

		@Test
		void hasUniqueConstraintFailsOnEmptyGraph() {
			crochet(List.of());
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasUniqueConstraint("Person", "name"))
				.hasMessage(format("%nExpecting the graph to have a unique constraint on:%n  :Person(name)%n"
						+ "but its constraints and indexes are:%n  (none)"));
		}

		@Test
		void hasNoUniqueConstraintFails() {
			crochet(List.of(SCHEMA)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasNoUniqueConstraint("Person", "name")).hasMessage(
					format("%nExpecting the graph to have no unique constraint on:%n  :Person(name)%nbut found:%n  %s",
							NAME_CONSTRAINT));
		}

		@Test
		void hasIndexFails() {
			// the index backing the unique constraint is the constraint's, not an index
			// of its own
			crochet(List.of(SCHEMA)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasIndex("Person", "name"))
				.hasMessage(format("%nExpecting the graph to have an index on:%n  :Person(name)%n"
						+ "but its constraints and indexes are:%n  %s%n  %s", AGE_INDEX, NAME_CONSTRAINT));
		}

		@Test
		void hasNoIndexFails() {
			crochet(List.of(SCHEMA)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasNoIndex("Person", "age")).hasMessage(
					format("%nExpecting the graph to have no index on:%n  :Person(age)%nbut found:%n  %s", AGE_INDEX));
		}

		@Test
		void hasNodesInBatchFails() {
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasNodesInBatch("people", 2))
				.hasMessage(format("%nExpecting nodes in batch:%n  \"people\"%nto number:%n  2%nbut found:%n  3"));
		}

		@Test
		void hasNoNodesInBatchFails() {
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasNoNodesInBatch("people"))
				.hasMessage(format("%nExpecting no nodes in batch:%n  \"people\"%nbut found:%n  3"));
		}

		@Test
		void hasRelationshipsInBatchFails() {
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasRelationshipsInBatch("people", 0)).hasMessage(
					format("%nExpecting relationships in batch:%n  \"people\"%nto number:%n  0%nbut found:%n  1"));
		}

		@Test
		void hasNoRelationshipsInBatchFails() {
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasNoRelationshipsInBatch("people"))
				.hasMessage(format("%nExpecting no relationships in batch:%n  \"people\"%nbut found:%n  1"));
		}

		@Test
		void hasNodesFails() {
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.driver()).hasNodes("Movie", 2)).hasMessage(
					format("%nExpecting the number of nodes labelled:%n  \"Movie\"%nto be:%n  2%nbut was:%n  1"));
		}

	}

	@Nested
	class LiveSchema {

		@Test
		void constraintsAndIndexes() {
			crochet(List.of(SCHEMA)).upgrade();
			assertThat(crochet.liveSchema()).hasUniqueConstraint("Person", "name")
				.hasNoUniqueConstraint("Movie", "title")
				.hasIndex("Person", "age")
				.hasNoIndex("Person", "name");
		}

		@Test
		void hasUniqueConstraintFails() {
			crochet(List.of(SCHEMA)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.liveSchema()).hasUniqueConstraint("Movie", "title"))
				.hasMessage(format("%nExpecting the live schema to have a unique constraint on:%n  :Movie(title)%n"
						+ "but its constraints and indexes are:%n  %s%n  %s", AGE_INDEX, NAME_CONSTRAINT));
		}

		@Test
		void hasNoUniqueConstraintFails() {
			crochet(List.of(SCHEMA)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.liveSchema()).hasNoUniqueConstraint("Person", "name"))
				.hasMessage(format("%nExpecting the live schema to have no unique constraint on:%n  :Person(name)%n"
						+ "but found:%n  %s", NAME_CONSTRAINT));
		}

		@Test
		void hasIndexFails() {
			crochet(List.of());
			assertThatThrownBy(() -> assertThat(crochet.liveSchema()).hasIndex("Person", "age", "name"))
				.hasMessage(format("%nExpecting the live schema to have an index on:%n  :Person(age, name)%n"
						+ "but its constraints and indexes are:%n  (none)"));
		}

		@Test
		void hasNoIndexFails() {
			crochet(List.of(SCHEMA)).upgrade();
			assertThatThrownBy(() -> assertThat(crochet.liveSchema()).hasNoIndex("Person", "age")).hasMessage(format(
					"%nExpecting the live schema to have no index on:%n  :Person(age)%nbut found:%n  %s", AGE_INDEX));
		}

	}

	@Nested
	class RoundTrip {

		/** Its downgrade forgets the index its upgrade made. */
		final ResolvedMigration leaky = migration("0001_leaky", null, ctx -> ctx.addIndex("Person", "age"), ctx -> {
		});

		/** Each upgrade writes a different value. */
		final AtomicInteger runs = new AtomicInteger();

		final ResolvedMigration counter = migration("0001_counter", null,
				ctx -> ctx.runCypher("CREATE (:Counter {n: $n})", Map.of("n", runs.incrementAndGet())),
				ctx -> ctx.runCypher("MATCH (c:Counter) DELETE c"));

		@Test
		void passes() {
			RoundTripReport report = crochet(List.of(SCHEMA, PEOPLE)).roundTrip(RoundTripMode.STEPWISE);
			assertThat(report).leavesNoTrace().reproducesUpgrade().hasVerdict("0002_people", Outcome.PASSED);
		}

		@Test
		void unsafeRevisionIsSkipped() {
			ResolvedMigration unsafe = migration("0002_drop", "0001_schema", false, null);
			RoundTripReport report = crochet(List.of(SCHEMA, unsafe)).roundTrip(RoundTripMode.STEPWISE);
			assertThat(report).leavesNoTrace().hasVerdict("0002_drop", Outcome.SKIPPED_UNSAFE);
		}

		@Test
		void leavesNoTraceFails() {
			RoundTripReport report = crochet(List.of(leaky)).roundTrip(RoundTripMode.STEPWISE);
			assertThatThrownBy(() -> assertThat(report).leavesNoTrace())
				.hasMessage(format("%nExpecting the round trip to leave no trace, but:%n"
						+ "Round trip (STEPWISE): 1 revision(s) failed%n"
						+ "0001_leaky: downgrade does not restore the graph%n" + "    left behind: %s%n"
						+ "    kind: downgrade trace", AGE_INDEX));
		}

		@Test
		void reproducesUpgradeFails() {
			RoundTripReport report = crochet(List.of(counter)).roundTrip(RoundTripMode.STEPWISE);
			assertThatThrownBy(() -> assertThat(report).reproducesUpgrade())
				.hasMessage(format("%nExpecting every second upgrade to reproduce the first, but:%n"
						+ "0001_counter: second upgrade differs from the first%n"
						+ "    not reproduced: property values of :Counter nodes changed (same count and properties, different values); now, e.g.: (:Counter {n: 2})%n"
						+ "    kind: upgrade not reproduced"));
		}

		@Test
		void hasVerdictFails() {
			RoundTripReport report = crochet(List.of(leaky)).roundTrip(RoundTripMode.STEPWISE);
			assertThatThrownBy(() -> assertThat(report).hasVerdict("0001_leaky", Outcome.PASSED))
				.hasMessage(format("%nExpecting the round-trip verdict of revision \"0001_leaky\" to be:%n  PASSED%n"
						+ "but was:%n0001_leaky: downgrade does not restore the graph%n" + "    left behind: %s%n"
						+ "    kind: downgrade trace", AGE_INDEX));
		}

		@Test
		void hasVerdictFailsForUnknownRevision() {
			RoundTripReport report = crochet(List.of(SCHEMA)).roundTrip(RoundTripMode.STEPWISE);
			assertThatThrownBy(() -> assertThat(report).hasVerdict("0002_people", Outcome.PASSED))
				.hasMessage(format("%nExpecting the round trip to have a verdict for revision:%n  \"0002_people\"%n"
						+ "but it has verdicts for:%n  [\"0001_schema\"]"));
		}

	}

	@Nested
	class Drift {

		final String hash = TestMigrations.models().hash();

		/**
		 * Declares the models' hash and makes exactly the constraints and indexes they
		 * declare.
		 */
		final ResolvedMigration matching = migration("0001_models", null, true, hash, ctx -> {
			ctx.addUniqueConstraint("Person", "name");
			ctx.addIndex("Person", "age");
			ctx.addUniqueConstraint("Movie", "title");
		}, ctx -> {
		});

		/**
		 * The empty schema's hash: a head that declares it was written when no model
		 * existed yet.
		 */
		final String emptyHash = SchemaSnapshot.empty().hash();

		/**
		 * Declares the empty schema, forgets two declared elements and adds one nobody
		 * declared.
		 */
		final ResolvedMigration partial = migration("0001_partial", null, true, emptyHash, ctx -> {
			ctx.addUniqueConstraint("Person", "name");
			ctx.addIndex("Person", "nickname");
		}, ctx -> {
		});

		/**
		 * The same, written by hand without a schema hash: the models cannot be compared
		 * with it.
		 */
		final ResolvedMigration hashless = migration("0001_hashless", null, ctx -> {
			ctx.addUniqueConstraint("Person", "name");
			ctx.addIndex("Person", "nickname");
		}, ctx -> {
		});

		final String nicknameIndex = "range index on :Person(nickname) named "
				+ SchemaNames.index("Person", "nickname");

		dev.crochet.Drift drift(ResolvedMigration migration) {
			crochet(List.of(migration)).upgrade();
			try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
				ledger.saveSnapshot(emptyHash, SchemaSnapshot.empty().toCanonicalJson());
			}
			return crochet.drift();
		}

		@Test
		void none() {
			assertThat(drift(matching)).hasNoDrift()
				.modelsMatchMigrations()
				.hasModelChanges()
				.hasMissingInGraph()
				.hasUnexpectedInGraph();
		}

		@Test
		void particularDrift() {
			assertThat(drift(partial)).hasDrift()
				.hasModelChanges("node person_v1 (Person) added", "node movie_v1 (Movie) added",
						"relationship role_v1 [ACTED_IN] added")
				.hasMissingInGraph("range index on :Person(age)", "unique constraint on :Movie(title)")
				.hasUnexpectedInGraph("range index on :Person(nickname)");
		}

		@Test
		void hasNoDriftFails() {
			dev.crochet.Drift drift = drift(partial);
			assertThatThrownBy(() -> assertThat(drift).hasNoDrift()).hasMessage(format("%nExpecting no drift, but:%n"
					+ "The models (schema hash %s) do not match the head migration (schema hash %s).%n"
					+ "  node movie_v1 (Movie) added%n" + "  node person_v1 (Person) added%n"
					+ "  relationship role_v1 [ACTED_IN] added%n"
					+ "Run 'crochet create-migration \"<description>\"' to write a migration for these changes.%n"
					+ "Missing in the graph: unique constraint on :Movie(title)%n"
					+ "Missing in the graph: range index on :Person(age)%n" + "Not declared by the models: %s%n"
					+ "Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.",
					hash, emptyHash, nicknameIndex));
		}

		@Test
		void aHeadWithoutASchemaHashLeavesTheModelsUncomparedAndStillChecksTheGraph() {
			dev.crochet.Drift drift = drift(hashless);
			Assertions.assertThat(drift.modelsChecked()).isFalse();
			Assertions.assertThat(drift.modelsVsHead())
				.isEqualTo("models vs head migration: not checked (the head declares no schema hash)");
			assertThat(drift).hasDrift()
				.hasModelChanges()
				.hasMissingInGraph("range index on :Person(age)", "unique constraint on :Movie(title)")
				.hasUnexpectedInGraph("range index on :Person(nickname)");
			assertThatThrownBy(() -> assertThat(drift).hasNoDrift()).hasMessage(format("%nExpecting no drift, but:%n"
					+ "models vs head migration: not checked (the head declares no schema hash).%n"
					+ "Missing in the graph: unique constraint on :Movie(title)%n"
					+ "Missing in the graph: range index on :Person(age)%n" + "Not declared by the models: %s%n"
					+ "Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.",
					nicknameIndex));
			assertThatThrownBy(() -> assertThat(drift).modelsMatchMigrations()).hasMessage(
					format("%nExpecting the models to match the head migration, but the head migration declares no"
							+ " schema hash, so the models (schema hash \"%s\") were not compared with it", hash));
		}

		@Test
		void hasDriftFails() {
			dev.crochet.Drift drift = drift(matching);
			assertThatThrownBy(() -> assertThat(drift).hasDrift()).hasMessage(
					format("%nExpecting drift, but the models, the migrations and the graph agree (schema hash \"%s\")",
							hash));
		}

		@Test
		void modelsMatchMigrationsFails() {
			dev.crochet.Drift drift = drift(partial);
			assertThatThrownBy(() -> assertThat(drift).modelsMatchMigrations()).hasMessage(
					format("%nExpecting the models to match the head migration, but the models have schema hash:%n"
							+ "  \"%s\"%nand the head migration declares:%n  \"%s\"", hash, emptyHash));
		}

		@Test
		void hasModelChangesFails() {
			dev.crochet.Drift drift = drift(partial);
			assertThatThrownBy(() -> assertThat(drift).hasModelChanges("node person_v1 (Person) added"))
				.hasMessage(format("%nExpecting the models to differ from the head migration by:%n"
						+ "  node person_v1 (Person) added%nbut they differ by:%n"
						+ "  node movie_v1 (Movie) added%n  node person_v1 (Person) added%n"
						+ "  relationship role_v1 [ACTED_IN] added"));
		}

		@Test
		void hasMissingInGraphFails() {
			dev.crochet.Drift drift = drift(partial);
			assertThatThrownBy(() -> assertThat(drift).hasMissingInGraph("range index on :Person(age)"))
				.hasMessage(format("%nExpecting missing in the graph:%n  range index on :Person(age)%n"
						+ "but found missing in the graph:%n"
						+ "  unique constraint on :Movie(title)%n  range index on :Person(age)"));
		}

		@Test
		void hasUnexpectedInGraphFails() {
			dev.crochet.Drift drift = drift(matching);
			assertThatThrownBy(() -> assertThat(drift).hasUnexpectedInGraph("range index on :Person(nickname)"))
				.hasMessage(format("%nExpecting unexpected in the graph:%n  range index on :Person(nickname)%n"
						+ "but found unexpected in the graph:%n  (none)"));
		}

	}

	@Nested
	class Soft {

		@Test
		void collectsEveryFailure() {
			// GIVEN a migrated graph whose models have drifted, and a forked set of
			// migrations
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			dev.crochet.Drift drift = crochet.drift();
			List<ResolvedMigration> forked = List.of(SCHEMA, PEOPLE, migration("0002_other", "0001_schema"));
			CrochetSoftAssertions softly = new CrochetSoftAssertions();
			// WHEN checking several things, two of them wrong, one right, two wrong again
			softly.assertThat(crochet.ledger()).isAtRevision("0003_missing");
			softly.assertThat(crochet.driver()).hasNodesInBatch("people", 3).hasNoNodesInBatch("people");
			softly.assertThat(crochet.chain()).hasHead("0002_people");
			softly.assertThatMigrations(forked).hasSingleHead();
			softly.assertThat(drift).modelsMatchMigrations();
			softly.assertThat(TestMigrations.models()).hasNode("company_v1").hasRelationshipEntity("role_v1");
			// THEN every failure is collected, in order, with its own message (AssertJ
			// adds the line it came from)
			Assertions.assertThat(softly.errorsCollected())
				.extracting(e -> e.getMessage()
					.replaceFirst("\\Rat GraphAssertionsIT\\$Soft\\.collectsEveryFailure\\(.*\\)$", ""))
				.containsExactly(format(
						"%nExpecting the ledger to be at revision:%n  \"0003_missing\"%nbut its head is:%n  \"0002_people\""),
						format("%nExpecting no nodes in batch:%n  \"people\"%nbut found:%n  3"),
						format("%nExpecting the migrations to have a single head, but they have 2:%n"
								+ "  [\"0002_other\", \"0002_people\"]"),
						format("%nExpecting the models to match the head migration, but the head migration declares no"
								+ " schema hash, so the models (schema hash \"%s\") were not compared with it",
								TestMigrations.models().hash()),
						format("%nExpecting schema snapshot to have a node with kgid:%n  \"company_v1\"%n"
								+ "but its node kgids are:%n  [\"movie_v1\", \"person_v1\"]"));
			assertThatThrownBy(softly::assertAll).hasMessageStartingWith(format("%nMultiple Failures (5 failures)"));
		}

	}

	@Nested
	@ExtendWith(SoftAssertionsExtension.class)
	class SoftWithExtension {

		@InjectSoftAssertions
		CrochetSoftAssertions softly;

		@Test
		void checksAMigratedGraph() {
			crochet(List.of(SCHEMA, PEOPLE)).upgrade();
			softly.assertThat(crochet.ledger()).isAtRevision("0002_people").hasBatch("people");
			softly.assertThat(crochet.driver()).hasUniqueConstraint("Person", "name").hasNodesInBatch("people", 3);
			softly.assertThat(crochet.liveSchema()).hasIndex("Person", "age");
			softly.assertThat(crochet.chain()).hasSingleHead().hasHead("0002_people");
			softly.assertThat(PEOPLE).isRollbackSafe().hasParent("0001_schema");
			softly.assertThat(TestMigrations.models().node("person_v1").orElseThrow()).hasLabels("Person");
			softly.assertThat(TestMigrations.models().node("person_v1").orElseThrow().property("name").orElseThrow())
				.isUnique();
			softly.assertThat(TestMigrations.models().relationship("role_v1").orElseThrow()).hasType("ACTED_IN");
		}

	}

}
