package dev.crochet.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crochet.junit.samples.Recorder;
import dev.crochet.junit.samples.RoundTripSamples.Fork;
import dev.crochet.junit.samples.RoundTripSamples.GoodFull;
import dev.crochet.junit.samples.RoundTripSamples.GoodNone;
import dev.crochet.junit.samples.RoundTripSamples.GoodStepwise;
import dev.crochet.junit.samples.RoundTripSamples.GoodStepwiseAgain;
import dev.crochet.junit.samples.RoundTripSamples.LeftBatch;
import dev.crochet.junit.samples.RoundTripSamples.LeftIndex;
import dev.crochet.junit.samples.RoundTripSamples.LeftReadings;
import dev.crochet.junit.samples.RoundTripSamples.ModelChanged;
import dev.crochet.junit.samples.RoundTripSamples.ModelChangedUnchecked;
import dev.crochet.junit.samples.RoundTripSamples.NoMigrations;
import dev.crochet.junit.samples.RoundTripSamples.ThinnedBatch;
import dev.crochet.junit.samples.RoundTripSamples.UndeclaredIndex;
import dev.crochet.junit.samples.RoundTripSamples.UnsafeRemove;
import dev.crochet.junit.samples.RoundTripSamples.WrongRename;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

/**
 * One run of every round-trip sample on one embedded server, then an assertion per
 * sample.
 */
class RoundTripIT {

	static EngineExecutionResults results;

	static int serversBefore;

	@BeforeAll
	static void runSamples() {
		Recorder.clear();
		serversBefore = Neo4jServer.STARTED.get();
		results = Kit.run(GoodNone.class, GoodFull.class, GoodStepwise.class, GoodStepwiseAgain.class, LeftIndex.class,
				LeftBatch.class, WrongRename.class, UnsafeRemove.class, ModelChanged.class, UndeclaredIndex.class,
				Fork.class, NoMigrations.class, ModelChangedUnchecked.class, LeftReadings.class, ThinnedBatch.class);
	}

	@Test
	void correctMigrationsPassInEveryMode() {
		for (Class<?> sample : new Class<?>[] { GoodNone.class, GoodFull.class, GoodStepwise.class,
				GoodStepwiseAgain.class }) {
			assertThat(Kit.outcome(results, sample).getStatus()).as(sample.getSimpleName()).isEqualTo(SUCCESSFUL);
			assertThat(Kit.tests(results, sample, EventType.FINISHED)).as(sample.getSimpleName()).isEqualTo(1);
		}
		assertThat(results.testEvents().failed().count()).isZero();
		assertThat(reportOf(GoodNone.class).mode()).isEqualTo(RoundTripMode.NONE);
		assertThat(reportOf(GoodFull.class).mode()).isEqualTo(RoundTripMode.FULL);
		assertThat(reportOf(GoodStepwise.class).verdicts()).extracting(v -> v.revision())
			.containsExactly("0001_person_schema", "0002_seed_people", "0003_active_flag");
	}

	@Test
	void aSecondClassReusesTheServerAndTheVerdict() {
		assertThat(Neo4jServer.STARTED.get() - serversBefore).isEqualTo(1);
		assertThat(Recorder.seen("GoodStepwiseAgain.driver")).singleElement()
			.isSameAs(Recorder.seen("GoodStepwise.driver").get(0))
			.isSameAs(Recorder.seen("GoodNone.driver").get(0));
		assertThat(reportOf(GoodStepwiseAgain.class)).isSameAs(reportOf(GoodStepwise.class));
	}

	@Test
	void aBatchThinnedBehindTheLedgersBackFailsEveryClassOfTheConfiguration() {
		assertThat(Kit.failure(results, ThinnedBatch.class)).isEqualToNormalizingNewlines(
				"""
						After the STEPWISE round trip of the migrations in [dev.crochet.junit.fixtures.thinnedbatch], the graph \
						does not hold what the ledger records:
						  Batch readings (revision 0001_load): the ledger records 3 entities, the graph holds 2""");
		assertThat(Kit.tests(results, ThinnedBatch.class, EventType.STARTED)).isZero();
	}

	@Test
	void downgradeForgettingAnIndex() {
		assertThat(Kit.failure(results, LeftIndex.class)).isEqualToNormalizingNewlines("""
				The STEPWISE round trip of the migrations in [dev.crochet.junit.fixtures.leftindex] failed:
				Round trip (STEPWISE): 1 revision(s) failed
				0001_person_schema: downgrade does not restore the graph
				    left behind: range index on :Person(age) named crochet_idx_Person_age_eb080b5c
				    kind: downgrade trace
				Round trip failed: 0001_person_schema (downgrade trace).""");
		assertThat(Kit.tests(results, LeftIndex.class, EventType.STARTED)).isZero();
	}

	@Test
	void downgradeForgettingBatchData() {
		assertThat(Kit.failure(results, LeftBatch.class)).isEqualToNormalizingNewlines(
				"""
						The STEPWISE round trip of the migrations in [dev.crochet.junit.fixtures.leftbatch] failed:
						Round trip (STEPWISE): 1 revision(s) failed
						0001_age_index: ok (down leaves no trace, up reproduces)
						0002_seed_people: downgrade does not restore the graph
						    left behind: batch people: 0 entities before, 2 after
						    left behind: label :Person: 0 nodes before, 2 after
						    left behind: property :Person.age: 0 nodes before, 2 after
						    left behind: property :Person.name: 0 nodes before, 2 after
						    the re-upgrade failed: Revision 0002_seed_people begins batch people, but the graph still holds 2 of its entities from an earlier run (the ledger records the batch as COMMITTED): loading it again would double them. Delete them first: MATCH (n) WHERE n._crochet_batch = 'people' DETACH DELETE n. Nothing was run.
						    kind: downgrade trace
						Round trip failed: 0002_seed_people (downgrade trace).""");
	}

	/**
	 * The second upgrade fails on the constraint: evidence that the downgrade left the
	 * batch, not an upgrade bug.
	 */
	@Test
	void aReUpgradeFailingAfterTheDowngradeIsThatDowngradesTrace() {
		assertThat(withoutNodeIds(Kit.failure(results, LeftReadings.class))).isEqualToNormalizingNewlines(
				"""
						The STEPWISE round trip of the migrations in [dev.crochet.junit.fixtures.leftreadings] failed:
						Round trip (STEPWISE): 1 revision(s) failed
						0001_sensors: ok (down leaves no trace, up reproduces)
						0002_load: downgrade does not restore the graph
						    left behind: batch readings: 0 entities before, 3 after
						    left behind: label :Reading: 0 nodes before, 3 after
						    left behind: property :Reading.i: 0 nodes before, 3 after
						    the re-upgrade failed: Revision 0002_load begins batch readings, but the graph still holds 3 of its entities from an earlier run (the ledger records the batch as COMMITTED): loading it again would double them. Delete them first: MATCH (n) WHERE n._crochet_batch = 'readings' DETACH DELETE n. Nothing was run.
						    kind: downgrade trace
						0003_reading_times: ok (down leaves no trace, up reproduces)
						Round trip failed: 0002_load (downgrade trace).""");
		assertThat(Kit.entries(results, LeftReadings.class)).containsEntry("crochet.revision.0001_sensors", "ok")
			.containsEntry("crochet.revision.0003_reading_times", "ok")
			.hasEntrySatisfying("crochet.revision.0002_load", entry -> assertThat(withoutNodeIds(entry)).isEqualTo(
					"left behind: batch readings: 0 entities before, 3 after; left behind: label :Reading: 0 nodes before, 3 after; "
							+ "left behind: property :Reading.i: 0 nodes before, 3 after; the re-upgrade failed: "
							+ "Revision 0002_load begins batch readings, but the graph still holds 3 of its entities from an earlie"
							+ "r run (the ledger records the batch as COMMITTED): loading it again would double them. Delete them first: MATCH (n) WHERE n._crochet_batch = 'readings' DETACH DELETE n. Nothing was run."));
	}

	/**
	 * Without crochet.report.dir the file lands in target/crochet of the working
	 * directory: the module, under Maven.
	 */
	@Test
	void aFailingClassWritesItsReportFileToTargetCrochetByDefault() throws IOException {
		Path file = Path.of("target", "crochet", "roundtrip-RoundTripSamples.LeftReadings.json");
		assertThat(Kit.entries(results, LeftReadings.class)).containsEntry("crochet.report",
				file.toAbsolutePath().toString());

		JsonNode json = new ObjectMapper().readTree(file.toFile());
		assertThat(json.get("passed").asBoolean()).isFalse();
		JsonNode load = json.get("revisions").get(1);
		assertThat(load.get("id").asText()).isEqualTo("0002_load");
		assertThat(load.get("verdict").asText()).isEqualTo("left behind");
		assertThat(load.get("outcome").asText()).isEqualTo("LEFT_TRACE");
		assertThat(load.get("evidence")).extracting(e -> withoutNodeIds(e.asText()))
			.containsExactly("left behind: batch readings: 0 entities before, 3 after",
					"left behind: label :Reading: 0 nodes before, 3 after",
					"left behind: property :Reading.i: 0 nodes before, 3 after",
					"the re-upgrade failed: Revision 0002_load begins batch readings, but the graph still holds 3 of its entities from"
							+ " an earlier run (the ledger records the batch as COMMITTED): loading it again would double them. Delete them first: MATCH (n) WHERE n._crochet_batch = 'readings' DETACH DELETE n. Nothing was run.");
		assertThat(load.get("timings").get("downMillis").isIntegralNumber()).isTrue();
		assertThat(load.get("timings").get("reUpMillis").isIntegralNumber()).isTrue();
		assertThat(json.get("revisions").get(2).get("verdict").asText()).isEqualTo("ok");
	}

	@Test
	void everyRevisionsResultIsAReportEntry() {
		assertThat(Kit.entries(results, GoodStepwise.class)).containsEntry("crochet.revision.0001_person_schema", "ok")
			.containsEntry("crochet.revision.0002_seed_people", "ok")
			.containsEntry("crochet.revision.0003_active_flag", "ok")
			.containsEntry("crochet.drift", "no drift")
			.containsEntry("crochet.drift.models",
					"models vs head migration: match (schema hash "
							+ "9e152f83314bcd0116d66c0fcd26378a24cb43d2f0b17f80b72087c52c3d0e96)")
			.containsEntry("crochet.verdict", "passed");
		assertThat(Kit.entries(results, GoodFull.class))
			.containsEntry("crochet.revision.0001_person_schema..0003_active_flag", "ok");
		assertThat(Kit.entries(results, GoodNone.class)).doesNotContainKeys("crochet.roundtrip")
			.hasEntrySatisfying("crochet.migrate", v -> assertThat(v).matches("up to 0003_active_flag in \\d+ ms"));
		assertThat(Kit.entries(results, GoodStepwiseAgain.class)).containsEntry("crochet.verdict",
				"reused from " + GoodStepwise.class.getName() + ": passed");
		assertThat(Kit.entries(results, LeftIndex.class)).containsEntry("crochet.revision.0001_person_schema",
				"left behind: range index on :Person(age) named crochet_idx_Person_age_eb080b5c");
		assertThat(Kit.entries(results, UnsafeRemove.class)).containsEntry("crochet.revision.0002_drop_age",
				"lost: property :Person.age: 1 nodes before, 0 after");
		assertThat(Kit.entries(results, ModelChangedUnchecked.class)).containsEntry("crochet.drift",
				"not checked (checkDrift = false)");
	}

	@Test
	void downgradeRenamingTheWrongWay() {
		assertThat(Kit.failure(results, WrongRename.class)).isEqualToNormalizingNewlines("""
				The STEPWISE round trip of the migrations in [dev.crochet.junit.fixtures.wrongrename] failed:
				Round trip (STEPWISE): 1 revision(s) failed
				0001_person_schema: ok (down leaves no trace, up reproduces)
				0002_seed_people: ok (down leaves no trace, up reproduces)
				0003_person_to_human: downgrade does not restore the graph
				    left behind: range index on :Human(age) named crochet_idx_Human_age_5ab05660
				    left behind: unique constraint on :Human(name) named crochet_uniq_Human_name_daf04120
				    left behind: label :Human: 0 nodes before, 2 after
				    left behind: property :Human.age: 0 nodes before, 2 after
				    left behind: property :Human.name: 0 nodes before, 2 after
				    lost: range index on :Person(age) named crochet_idx_Person_age_eb080b5c
				    lost: unique constraint on :Person(name) named crochet_uniq_Person_name_e4b43f86
				    lost: label :Person: 2 nodes before, 0 after
				    lost: property :Person.age: 2 nodes before, 0 after
				    lost: property :Person.name: 2 nodes before, 0 after
				    kind: downgrade trace
				Round trip failed: 0003_person_to_human (downgrade trace).""");
	}

	@Test
	void propertyRemovalDeclaredRollbackSafeLosesFixtureData() {
		assertThat(Kit.failure(results, UnsafeRemove.class)).isEqualToNormalizingNewlines("""
				The STEPWISE round trip of the migrations in [dev.crochet.junit.fixtures.unsaferemove] failed:
				Round trip (STEPWISE): 1 revision(s) failed
				0001_person_names: ok (down leaves no trace, up reproduces)
				0002_drop_age: downgrade does not restore the graph
				    lost: property :Person.age: 1 nodes before, 0 after
				    kind: downgrade trace
				Round trip failed: 0002_drop_age (downgrade trace).""");
	}

	/**
	 * The change is listed because the head's snapshot file is on the test class path
	 * (crochet/snapshots/0fa9...json).
	 */
	@Test
	void modelsChangedWithoutAMigration() {
		assertThat(Kit.failure(results, ModelChanged.class)).isEqualToNormalizingNewlines(
				"""
						Drift between the models in [dev.crochet.junit.fixtures.modelchanged.model], the migrations in [dev.crochet.junit.fixtures.modelchanged] and the migrated database:
						The models (schema hash 2fcd9d5cd0077a5b103fb159a59e94fc013f67ea1e98a8ffd0d61b6c9abd2a4e) do not match the head migration (schema hash 0fa9bdf629a16793be1359a828d91509bd4c54bb78c9b784fd8a1d5ebdef3e8e).
						  property Person.email added (STRING, indexed)
						Run 'crochet create-migration "<description>"' to write a migration for these changes.
						Missing in the graph: range index on :Person(email)
						Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.""");
		assertThat(Kit.outcome(results, ModelChangedUnchecked.class).getStatus()).isEqualTo(SUCCESSFUL);
	}

	@Test
	void modelIndexNoMigrationCreates() {
		assertThat(Kit.failure(results, UndeclaredIndex.class)).isEqualToNormalizingNewlines(
				"""
						Drift between the models in [dev.crochet.junit.fixtures.undeclaredindex.model], the migrations in [dev.crochet.junit.fixtures.undeclaredindex] and the migrated database:
						Missing in the graph: range index on :Person(age)
						Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.""");
	}

	@Test
	void twoMigrationsWithTheSameParent() {
		assertThat(Kit.thrown(results, Fork.class)).isInstanceOf(AssertionFailedError.class)
			.hasMessage(
					"Cannot build the migration chain from [dev.crochet.junit.fixtures.fork]: Revisions '0002_left' and "
							+ "'0002_right' both have parent '0001_root' (a fork: the chain must be linear)");
	}

	@Test
	void noMigrationsFoundFailsTheClassInsteadOfPassingIt() {
		assertThat(Kit.thrown(results, NoMigrations.class)).isInstanceOf(AssertionFailedError.class)
			.hasMessage("Found no migrations in [dev.crochet.junit.fixtures.frok] with the class loader of "
					+ NoMigrations.class.getName()
					+ ": check the package and location names (a misspelt one finds nothing)"
					+ " and that the migrations are on the test class path");
	}

	/**
	 * Neo4j names the clashing node by its internal id, which no test should depend on.
	 */
	private static String withoutNodeIds(String text) {
		return text.replaceAll("Node\\(\\d+\\)", "Node(<id>)");
	}

	private static RoundTripReport reportOf(Class<?> sample) {
		return (RoundTripReport) Recorder.seen(sample.getSimpleName() + ".report").get(0);
	}

}
