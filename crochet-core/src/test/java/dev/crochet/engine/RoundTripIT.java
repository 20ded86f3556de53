package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.MigrationContext;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.DataFixture;
import dev.crochet.roundtrip.RevisionTimings;
import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RevisionVerdict.Outcome;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static dev.crochet.engine.Steps.step;
import static dev.crochet.engine.Steps.unsafe;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip says exactly what a downgrade left behind or lost, revision by revision.
 */
class RoundTripIT extends EngineTestBase {

	private static final String NL = System.lineSeparator();

	private static final ResolvedMigration PEOPLE = step("0001_people", null,
			c -> c.addUniqueConstraint("Person", "name"), c -> c.dropUniqueConstraint("Person", "name"));

	private static final DataFixture THREE_PEOPLE = DataFixture.after("0001_people",
			"CREATE (:Person {name: 'Ada', age: 36}), (:Person {name: 'Alan', age: 41}), (:Person {name: 'Grace', age: 85})");

	private static ResolvedMigration second(Consumer<MigrationContext> up, Consumer<MigrationContext> down) {
		return step("0002_change", "0001_people", up, down);
	}

	private RoundTripReport stepwise(ResolvedMigration second, DataFixture... fixtures) {
		return crochet(List.of(PEOPLE, second)).roundTrip(RoundTripMode.STEPWISE, null, List.of(fixtures));
	}

	@Test
	void correctChainsPassStepwiseAndFull() {
		List<ResolvedMigration> chain = List.of(PEOPLE, second(c -> {
			c.addIndex("Person", "age");
			c.beginBatch("movies");
			c.createNodes("Movie", List.of(Map.of("title", "Heat")));
			c.renameNodeProperty("Person", "age", "years");
		}, c -> {
			c.renameNodeProperty("Person", "years", "age");
			c.deleteNodesByBatch("Movie", "movies");
			c.dropIndex("Person", "age");
		}), unsafe("0003_unsafe", "0002_change", c -> c.removeNodeProperty("Person", "years"), Steps.nothing()));
		Crochet crochet = crochet(chain);

		RoundTripReport stepwise = crochet.roundTrip(RoundTripMode.STEPWISE, null, List.of(THREE_PEOPLE));
		assertThat(stepwise.leavesNoTrace()).as(stepwise.describe()).isTrue();
		assertThat(stepwise.describe()).isEqualTo(
				"Round trip (STEPWISE): no trace left" + NL + "0001_people: ok (down leaves no trace, up reproduces)"
						+ NL + "0002_change: ok (down leaves no trace, up reproduces)" + NL
						+ "0003_unsafe: not downgraded (declared rollbackSafe = false)");
		assertThat(crochet.status().pending()).isEmpty();

		crochet.cleanDatabase();
		Crochet again = crochet(b -> b.ledger(dir.resolve("full.db")).migrations(chain.subList(0, 2)));
		RoundTripReport full = again.roundTrip(RoundTripMode.FULL, "0002_change", List.of());
		assertThat(full.describe()).isEqualTo("Round trip (FULL): no trace left" + NL
				+ "0001_people..0002_change: ok (down leaves no trace, up reproduces)");
	}

	@Test
	void aDowngradeThatForgetsToDropAnIndexLeavesATraceNamingTheIndex() {
		RoundTripReport report = stepwise(second(c -> c.addIndex("Person", "age"), Steps.nothing()));

		RevisionVerdict verdict = report.verdict("0002_change").orElseThrow();
		assertThat(verdict.outcome()).isEqualTo(Outcome.LEFT_TRACE);
		assertThat(report.leavesNoTrace()).isFalse();
		assertThat(verdict.leftBehind()).singleElement()
			.satisfies(d -> assertThat(d.subject())
				.startsWith("range index on :Person(age) named crochet_idx_Person_age_"));
		String index = verdict.leftBehind().get(0).subject();
		assertThat(report.describe()).isEqualTo("Round trip (STEPWISE): 1 revision(s) failed" + NL
				+ "0001_people: ok (down leaves no trace, up reproduces)" + NL
				+ "0002_change: downgrade does not restore the graph" + NL + "    left behind: " + index + NL
				+ "    kind: downgrade trace");
	}

	@Test
	void aDowngradeThatForgetsToDeleteBatchDataNamesTheLabelTheCountsAndTheBatch() {
		RoundTripReport report = stepwise(second(c -> {
			c.beginBatch("movies");
			c.createNodes("Movie", List.of(Map.of("title", "Heat"), Map.of("title", "Ronin")));
		}, Steps.nothing()));

		assertThat(report.verdict("0002_change").orElseThrow().outcome()).isEqualTo(Outcome.LEFT_TRACE);
		assertThat(report.describe()).isEqualTo("Round trip (STEPWISE): 1 revision(s) failed" + NL
				+ "0001_people: ok (down leaves no trace, up reproduces)" + NL
				+ "0002_change: downgrade does not restore the graph" + NL
				+ "    left behind: batch movies: 0 entities before, 2 after" + NL
				+ "    left behind: label :Movie: 0 nodes before, 2 after" + NL
				+ "    left behind: property :Movie.title: 0 nodes before, 2 after" + NL
				+ "    the re-upgrade failed: Revision 0002_change begins batch movies, but the graph still holds 2 of its"
				+ " entities from an earlier run (the ledger records the batch as COMMITTED): loading it again would"
				+ " double them. Delete them first: MATCH (n) WHERE n._crochet_batch = 'movies' DETACH DELETE n. Nothing was run."
				+ NL + "    kind: downgrade trace");
	}

	@Test
	void aLabelRenamedBackTheWrongWayNamesBothLabelsAndTheirCounts() {
		RoundTripReport report = stepwise(
				second(c -> c.renameLabel("Person", "Human"), c -> c.renameLabel("Human", "People")), THREE_PEOPLE);

		RevisionVerdict verdict = report.verdict("0002_change").orElseThrow();
		assertThat(verdict.outcome()).isEqualTo(Outcome.LEFT_TRACE);
		assertThat(verdict.leftBehind()).extracting(d -> d.describe())
			.contains("label :People: 0 nodes before, 3 after");
		assertThat(verdict.lost()).extracting(d -> d.describe()).contains("label :Person: 3 nodes before, 0 after");
		assertThat(report.describe()).contains("    left behind: label :People: 0 nodes before, 3 after" + NL)
			.contains("    lost: label :Person: 3 nodes before, 0 after" + NL);
	}

	@Test
	void aPropertyRemovingMigrationDeclaredRollbackSafeLosesThePropertyOnEveryNode() {
		RoundTripReport report = stepwise(second(c -> c.removeNodeProperty("Person", "age"), Steps.nothing()),
				THREE_PEOPLE);

		RevisionVerdict verdict = report.verdict("0002_change").orElseThrow();
		assertThat(verdict.outcome()).isEqualTo(Outcome.LEFT_TRACE);
		assertThat(verdict.leftBehind()).isEmpty();
		assertThat(verdict.describe()).isEqualTo("0002_change: downgrade does not restore the graph" + NL
				+ "    lost: property :Person.age: 3 nodes before, 0 after" + NL + "    kind: downgrade trace");
	}

	/**
	 * Unique readings, loaded in a batch; the downgrade drops the constraint but forgets
	 * the data.
	 */
	private static final ResolvedMigration LOAD_FORGETTING_DATA = step("0002_load", "0001_people", c -> {
		c.addUniqueConstraint("Reading", "i");
		c.beginBatch("readings");
		c.createNodes("Reading", List.of(Map.of("i", 1), Map.of("i", 2)));
	}, c -> c.dropUniqueConstraint("Reading", "i"));

	private static final ResolvedMigration AT_INDEX = step("0003_at_index", "0002_load",
			c -> c.addIndex("Reading", "at"), c -> c.dropIndex("Reading", "at"));

	/**
	 * Neo4j names the clashing node by its internal id, which no test should depend on.
	 */
	private static String withoutNodeIds(String text) {
		return text.replaceAll("Node\\(\\d+\\)", "Node(<id>)");
	}

	@Test
	void aReUpgradeThatFailsAfterADowngradeIsThatDowngradesTraceAndTheLaterRevisionsAreStillJudged() {
		Crochet crochet = crochet(List.of(PEOPLE, LOAD_FORGETTING_DATA, AT_INDEX));

		RoundTripReport report = crochet.roundTrip(RoundTripMode.STEPWISE, null, List.of(THREE_PEOPLE));

		RevisionVerdict load = report.verdict("0002_load").orElseThrow();
		assertThat(load.outcome()).isEqualTo(Outcome.LEFT_TRACE);
		// The failed second upgrade counts until it threw.
		assertThat(List.of(load.timings().upMillis(), load.timings().downMillis(), load.timings().reUpMillis()))
			.allMatch(ms -> ms >= 0);
		assertThat(withoutNodeIds(report.describe())).isEqualTo("Round trip (STEPWISE): 1 revision(s) failed" + NL
				+ "0001_people: ok (down leaves no trace, up reproduces)" + NL
				+ "0002_load: downgrade does not restore the graph" + NL
				+ "    left behind: batch readings: 0 entities before, 2 after" + NL
				+ "    left behind: label :Reading: 0 nodes before, 2 after" + NL
				+ "    left behind: property :Reading.i: 0 nodes before, 2 after" + NL
				+ "    the re-upgrade failed: Revision 0002_load begins batch readings, but the graph still holds 2 of its"
				+ " entities from an earlier run (the ledger records the batch as COMMITTED): loading it again would"
				+ " double them. Delete them first: MATCH (n) WHERE n._crochet_batch = 'readings' DETACH DELETE n. Nothing was run."
				+ NL + "    kind: downgrade trace" + NL + "0003_at_index: ok (down leaves no trace, up reproduces)");
		// Judged from a database emptied and migrated afresh up to 0002_load, fixtures
		// included.
		assertThat(crochet.status().pending()).isEmpty();
		assertThat(count(crochet, "(r:Reading)")).isEqualTo(2);
		assertThat(count(crochet, "(p:Person)")).isEqualTo(3);
		assertThat(crochet.ledger().events()).filteredOn(e -> e.kind().equals("RESET"))
			.extracting(e -> e.revision())
			.containsExactly("0001_people");
	}

	@Test
	void aDatabaseThatWasNotEmptyIsNotEmptiedToGoOnAfterAFailure() {
		Crochet crochet = crochet(List.of(PEOPLE, LOAD_FORGETTING_DATA, AT_INDEX));
		crochet.runCypher("CREATE (:Stranger {name: 'kept'})", Map.of());

		RoundTripReport report = crochet.roundTrip(RoundTripMode.STEPWISE);

		assertThat(report.verdict("0002_load").orElseThrow().outcome()).isEqualTo(Outcome.LEFT_TRACE);
		assertThat(report.verdict("0003_at_index").orElseThrow().describe())
			.isEqualTo("0003_at_index: not run (the round "
					+ "trip of 0002_load failed, and a database that was not empty at the start is not emptied to go on)");
		assertThat(report.describe()).startsWith("Round trip (STEPWISE): 1 revision(s) failed, 1 not run" + NL);
		assertThat(count(crochet, "(s:Stranger)")).isEqualTo(1);
	}

	@Test
	void aFirstUpgradeThatFailsIsAnUpgradeFailureAndTheRevisionsAfterItAreListedAsNotRun() {
		ResolvedMigration bad = step("0002_load", "0001_people", c -> c.runCypher("CREATE (:Person {name: 'Ada'})"),
				Steps.nothing());
		Crochet crochet = crochet(List.of(PEOPLE, bad, AT_INDEX));

		RoundTripReport report = crochet.roundTrip(RoundTripMode.STEPWISE, null, List.of(THREE_PEOPLE));

		assertThat(report.verdicts()).extracting(RevisionVerdict::outcome)
			.containsExactly(Outcome.PASSED, Outcome.FAILED, Outcome.NOT_RUN);
		assertThat(report.failures()).extracting(RevisionVerdict::revision).containsExactly("0002_load");
		assertThat(report.verdict("0002_load").orElseThrow().describe()).startsWith(
				"0002_load: failed: Revision 0002_load failed during upgrade at statement: CREATE (:Person {name: 'Ada'})");
		assertThat(report.verdict("0003_at_index").orElseThrow().describe())
			.isEqualTo("0003_at_index: not run (0002_load failed to upgrade, and every later revision builds on it)");
		assertThat(report.describe()).startsWith("Round trip (STEPWISE): 1 revision(s) failed, 1 not run" + NL);
	}

	@Test
	void aFullRoundTripWhoseSecondUpgradeFailsBlamesTheDowngrade() {
		Crochet crochet = crochet(List.of(PEOPLE, LOAD_FORGETTING_DATA));

		RoundTripReport report = crochet.roundTrip(RoundTripMode.FULL);

		assertThat(report.verdicts()).singleElement().satisfies(v -> {
			assertThat(v.outcome()).isEqualTo(Outcome.LEFT_TRACE);
			assertThat(withoutNodeIds(v.describe()))
				.isEqualTo("0001_people..0002_load: downgrade does not restore the graph" + NL
						+ "    left behind: batch readings: 0 entities before, 2 after" + NL
						+ "    left behind: label :Reading: 0 nodes before, 2 after" + NL
						+ "    left behind: property :Reading.i: 0 nodes before, 2 after" + NL
						+ "    the re-upgrade failed: Revision 0002_load begins batch readings, but the graph still holds 2 of its"
						+ " entities from an earlier run (the ledger records the batch as COMMITTED): loading it again would"
						+ " double them. Delete them first: MATCH (n) WHERE n._crochet_batch = 'readings' DETACH DELETE n. Nothing was run."
						+ NL + "    kind: downgrade trace");
			assertThat(v.timings().upMillis()).isNotNegative();
		});
	}

	@Test
	void everyStepIsTimedAndARevisionNotDowngradedHasNoDownTime() {
		Crochet crochet = crochet(List.of(PEOPLE,
				unsafe("0002_unsafe", "0001_people", c -> c.addIndex("Person", "age"), Steps.nothing())));

		RoundTripReport report = crochet.roundTrip(RoundTripMode.STEPWISE);

		RevisionTimings people = report.verdict("0001_people").orElseThrow().timings();
		assertThat(List.of(people.upMillis(), people.downMillis(), people.reUpMillis())).allMatch(ms -> ms >= 0);
		RevisionTimings unsafe = report.verdict("0002_unsafe").orElseThrow().timings();
		assertThat(unsafe.upMillis()).isNotNegative();
		assertThat(unsafe.downMillis()).isEqualTo(RevisionTimings.NOT_RUN);
		assertThat(unsafe.reUpMillis()).isEqualTo(RevisionTimings.NOT_RUN);
	}

	@Test
	void aFullRoundTripNamesTheIndexADowngradeLeftBehind() {
		Crochet crochet = crochet(List.of(PEOPLE, second(c -> c.addIndex("Person", "age"), Steps.nothing())));

		RoundTripReport report = crochet.roundTrip(RoundTripMode.FULL);

		assertThat(report.verdicts()).singleElement().satisfies(v -> {
			assertThat(v.revision()).isEqualTo("0001_people..0002_change");
			assertThat(v.outcome()).isEqualTo(Outcome.LEFT_TRACE);
			assertThat(v.leftBehind()).singleElement()
				.satisfies(d -> assertThat(d.subject())
					.startsWith("range index on :Person(age) named crochet_idx_Person_age_"));
		});
	}

}
