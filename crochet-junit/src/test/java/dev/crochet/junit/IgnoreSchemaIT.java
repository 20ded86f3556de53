package dev.crochet.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crochet.junit.samples.IgnoreSamples.IgnoresEverything;
import dev.crochet.junit.samples.IgnoreSamples.PluginIndexIgnored;
import dev.crochet.junit.samples.IgnoreSamples.PluginIndexNotIgnored;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

/**
 * {@code @CrochetMigrated(ignoreSchema = ...)}: schema owned by something else is listed,
 * not drift.
 */
class IgnoreSchemaIT {

	@TempDir
	static Path reports;

	static EngineExecutionResults results;

	@BeforeAll
	static void runSamples() {
		results = Kit.run(Map.of(ReportFile.DIRECTORY, reports.toString()), PluginIndexIgnored.class,
				PluginIndexNotIgnored.class, IgnoresEverything.class);
	}

	@Test
	void anIndexMatchingAPatternPassesAndIsReportedAsIgnored() {
		assertThat(Kit.outcome(results, PluginIndexIgnored.class).getStatus()).isEqualTo(SUCCESSFUL);
		Map<String, String> entries = Kit.entries(results, PluginIndexIgnored.class);
		assertThat(entries).containsEntry("crochet.drift", "no drift")
			.containsEntry("crochet.drift.graph", "live schema vs models: match")
			.containsEntry("crochet.drift.ignored",
					"Ignored (matches 'bloom_*'): fulltext index on :Person(name) named bloom_people")
			.containsEntry("crochet.verdict", "passed");
	}

	@Test
	void theReportFileListsTheIgnoredIndexAfterTheDriftLines() throws IOException {
		JsonNode lines = new ObjectMapper()
			.readTree(reports.resolve("roundtrip-IgnoreSamples.PluginIndexIgnored.json").toFile())
			.get("drift")
			.get("lines");

		assertThat(lines).extracting(JsonNode::asText)
			.containsExactly("models vs head migration: not checked (the head declares no schema hash)",
					"live schema vs models: match",
					"Ignored (matches 'bloom_*'): fulltext index on :Person(name) named bloom_people");
	}

	@Test
	void withoutThePatternTheSameIndexIsDrift() {
		assertThat(Kit.failure(results, PluginIndexNotIgnored.class)).isEqualToNormalizingNewlines(
				"""
						Drift between the models in [dev.crochet.junit.fixtures.good.model], the migrations in [dev.crochet.junit.fixtures.hashless, dev.crochet.junit.fixtures.pluginindex] and the migrated database:
						models vs head migration: not checked (the head declares no schema hash).
						Not declared by the models: fulltext index on :Person(name) named bloom_people
						Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.""");
		assertThat(Kit.entries(results, PluginIndexNotIgnored.class)).doesNotContainKey("crochet.drift.ignored");
	}

	@Test
	void aPatternOfOnlyWildcardsIsAConfigurationError() {
		Throwable thrown = Kit.thrown(results, IgnoresEverything.class);

		assertThat(thrown).isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage(
					"@CrochetMigrated on " + IgnoresEverything.class.getName() + ", ignoreSchema: Schema ignore pattern"
							+ " '**' is only wildcards: name the schema more narrowly, for example 'bloom_*'");
	}

}
