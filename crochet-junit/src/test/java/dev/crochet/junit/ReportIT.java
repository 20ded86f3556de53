package dev.crochet.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crochet.Crochet;
import dev.crochet.Drift;
import dev.crochet.junit.samples.ReportSamples.Hashless;
import dev.crochet.junit.samples.ReportSamples.HashlessAgain;
import dev.crochet.junit.samples.ReportSamples.HashlessModelChanged;
import dev.crochet.junit.samples.ReportSamples.UpgradeFails;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

/**
 * What a class publishes as JUnit report entries and writes as its round-trip report
 * file; one run, one server.
 */
class ReportIT {

	@TempDir
	static Path reports;

	static EngineExecutionResults results;

	private static final ObjectMapper JSON = new ObjectMapper();

	@BeforeAll
	static void runSamples() {
		results = Kit.run(Map.of(ReportFile.DIRECTORY, reports.toString()), Hashless.class, HashlessAgain.class,
				HashlessModelChanged.class, UpgradeFails.class);
	}

	@Test
	void theFirstClassReportsTheServerTheTimingsEveryRevisionTheDriftAndItsVerdict() {
		Map<String, String> entries = Kit.entries(results, Hashless.class);

		assertThat(entries).containsOnlyKeys("crochet.server", "crochet.clean", "crochet.roundtrip",
				"crochet.revision.0001_person_schema", "crochet.revision.0002_seed_people", "crochet.drift",
				"crochet.drift.models", "crochet.drift.graph", "crochet.verdict", "crochet.report");
		assertThat(entries.get("crochet.server")).matches("embedded at bolt://[^@]+:\\d+, started in \\d+ ms");
		assertThat(entries.get("crochet.clean")).matches("emptied in \\d+ ms");
		assertThat(entries.get("crochet.roundtrip"))
			.matches("STEPWISE up to 0002_seed_people in \\d+ ms: no trace left");
		assertThat(entries.get("crochet.revision.0001_person_schema")).isEqualTo("ok");
		assertThat(entries.get("crochet.revision.0002_seed_people")).isEqualTo("ok");
		assertThat(entries.get("crochet.drift")).isEqualTo("no drift");
		assertThat(entries.get("crochet.verdict")).isEqualTo("passed");
		assertThat(entries.get("crochet.report"))
			.isEqualTo(reports.resolve("roundtrip-ReportSamples.Hashless.json").toAbsolutePath().toString());
	}

	@Test
	void aHeadWithoutASchemaHashIsReportedAsNotCheckedWhileTheLiveSchemaStillIs() {
		Map<String, String> entries = Kit.entries(results, Hashless.class);

		assertThat(entries.get("crochet.drift.models")).isEqualTo(Drift.MODELS_NOT_CHECKED)
			.isEqualTo("models vs head migration: not checked (the head declares no schema hash)");
		assertThat(entries.get("crochet.drift.graph")).isEqualTo("live schema vs models: match");
		assertThat(Kit.outcome(results, Hashless.class).getStatus()).isEqualTo(SUCCESSFUL);
	}

	@Test
	void aModelChangeWithoutAMigrationStillFailsTheClassWhenTheHeadDeclaresNoHash() {
		assertThat(Kit.failure(results, HashlessModelChanged.class)).isEqualToNormalizingNewlines(
				"""
						Drift between the models in [dev.crochet.junit.fixtures.modelchanged.model], the migrations in [dev.crochet.junit.fixtures.hashless] and the migrated database:
						models vs head migration: not checked (the head declares no schema hash).
						Missing in the graph: range index on :Person(email)
						Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.""");
		Map<String, String> entries = Kit.entries(results, HashlessModelChanged.class);
		assertThat(entries).containsEntry("crochet.drift", "drift found")
			.containsEntry("crochet.drift.models", Drift.MODELS_NOT_CHECKED)
			.containsEntry("crochet.drift.graph",
					"live schema vs models: differ (missing in the graph: range index on :Person(email))")
			.containsEntry("crochet.verdict", "failed");
	}

	@Test
	void aLaterClassOfTheSameConfigurationReportsTheReusedServerAndVerdict() {
		Map<String, String> entries = Kit.entries(results, HashlessAgain.class);

		assertThat(entries.get("crochet.server")).matches("embedded at bolt://[^@]+:\\d+, reused");
		assertThat(entries.get("crochet.clean")).matches("emptied in \\d+ ms");
		assertThat(entries.get("crochet.migrate")).matches("up to 0002_seed_people in \\d+ ms");
		assertThat(entries).doesNotContainKeys("crochet.roundtrip", "crochet.report")
			.containsEntry("crochet.verdict", "reused from " + Hashless.class.getName() + ": passed")
			.containsEntry("crochet.revision.0002_seed_people", "ok")
			.containsEntry("crochet.drift.models", Drift.MODELS_NOT_CHECKED);
		assertThat(reports.resolve("roundtrip-ReportSamples.HashlessAgain.json")).doesNotExist();
	}

	@Test
	void aFailedFirstUpgradeIsReportedAndTheRevisionsAfterItAreListedAsNotRun() {
		assertThat(Kit.failure(results, UpgradeFails.class)).startsWith(
				"""
						The STEPWISE round trip of the migrations in [dev.crochet.junit.fixtures.badupgrade] failed:
						Round trip (STEPWISE): 1 revision(s) failed, 1 not run
						0001_person_names: ok (down leaves no trace, up reproduces)
						0002_twins: failed: Revision 0002_twins failed during upgrade at statement: CREATE (:Person {name: 'Ada'}), (:Person {name: 'Ada'})""")
			.contains(System.lineSeparator() + "    kind: upgrade error" + System.lineSeparator())
			.endsWith("0003_person_ages: not run (0002_twins failed to upgrade, and every later revision builds on it)"
					+ System.lineSeparator() + "Round trip failed: 0002_twins (upgrade error).");
		Map<String, String> entries = Kit.entries(results, UpgradeFails.class);
		assertThat(entries.get("crochet.revision.0002_twins"))
			.startsWith("failed: Revision 0002_twins failed during upgrade at "
					+ "statement: CREATE (:Person {name: 'Ada'}), (:Person {name: 'Ada'}) Cause: ");
		assertThat(entries)
			.containsEntry("crochet.revision.0003_person_ages",
					"not run: 0002_twins failed to upgrade, and every later revision builds on it")
			.containsEntry("crochet.drift", "not checked (the round trip failed)")
			.containsEntry("crochet.verdict", "failed");
		assertThat(entries.get("crochet.roundtrip"))
			.matches("STEPWISE up to 0003_person_ages in \\d+ ms: 1 revision\\(s\\) failed, 1 not run");
	}

	@Test
	void thePassingRunWritesItsReportFile() throws IOException {
		JsonNode json = JSON.readTree(reports.resolve("roundtrip-ReportSamples.Hashless.json").toFile());

		assertThat(json.get("testClass").asText()).isEqualTo(Hashless.class.getName());
		assertThat(json.get("crochetVersion").asText()).isEqualTo(Crochet.VERSION);
		assertThat(json.get("mode").asText()).isEqualTo("STEPWISE");
		assertThat(json.get("server").get("backend").asText()).isEqualTo("embedded");
		assertThat(json.get("passed").asBoolean()).isTrue();
		assertThat(json.get("failure").isNull()).isTrue();
		assertThat(json.get("timings").get("cleanMillis").isIntegralNumber()).isTrue();
		assertThat(json.get("timings").get("driftMillis").isIntegralNumber()).isTrue();
		JsonNode first = json.get("revisions").get(0);
		assertThat(first.get("id").asText()).isEqualTo("0001_person_schema");
		assertThat(first.get("verdict").asText()).isEqualTo("ok");
		assertThat(first.get("outcome").asText()).isEqualTo("PASSED");
		assertThat(first.get("evidence")).isEmpty();
		assertThat(first.get("timings").get("reUpMillis").isIntegralNumber()).isTrue();
		assertThat(json.get("drift").get("outcome").asText()).isEqualTo("no drift");
		assertThat(json.get("drift").get("lines").get(0).asText()).isEqualTo(Drift.MODELS_NOT_CHECKED);
		assertThat(json.get("drift").get("lines").get(1).asText()).isEqualTo("live schema vs models: match");
	}

	@Test
	void aFailingRunWritesItsReportFileToo() throws IOException {
		JsonNode json = JSON.readTree(reports.resolve("roundtrip-ReportSamples.UpgradeFails.json").toFile());

		assertThat(json.get("passed").asBoolean()).isFalse();
		assertThat(json.get("failure").asText()).startsWith("The STEPWISE round trip of the migrations in");
		assertThat(json.get("revisions")).extracting(r -> r.get("id").asText() + " " + r.get("verdict").asText())
			.containsExactly("0001_person_names ok", "0002_twins failed", "0003_person_ages not run");
		JsonNode notRun = json.get("revisions").get(2);
		assertThat(notRun.get("evidence").get(0).asText())
			.isEqualTo("0002_twins failed to upgrade, and every later revision builds on it");
		assertThat(notRun.get("timings").get("upMillis").isNull()).isTrue();
		assertThat(json.get("drift").get("outcome").asText()).isEqualTo("not checked (the round trip failed)");
		assertThat(Files.list(reports)).extracting(p -> p.getFileName().toString())
			.containsExactlyInAnyOrder("roundtrip-ReportSamples.Hashless.json",
					"roundtrip-ReportSamples.HashlessModelChanged.json", "roundtrip-ReportSamples.UpgradeFails.json");
	}

}
