package dev.crochet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crochet.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * crochet.toml {@code [schema] ignore}: an index owned by something else is listed by
 * check and verify, not drift.
 */
class IgnoreSchemaIT {

	private static final String NL = System.lineSeparator();

	private static final String BLOOM = "fulltext index on :Person(name) named bloom_people";

	private static void appendToToml(Path project, String text) throws IOException {
		Files.writeString(project.resolve("crochet.toml"), text, StandardOpenOption.APPEND);
	}

	@Test
	void anIndexMatchingAnIgnorePatternIsListedButIsNotDrift(@TempDir Path tmp) throws IOException {
		Path p = BadInputIT.project(tmp);
		BadInputIT.withPersonMigration(p);
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start();
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			Cli cli = new Cli(p, Map.of("CROCHET_NEO4J_URI", neo4j.boltUri().toString()));
			Cli.Run upgraded = cli.run("upgrade");
			assertThat(upgraded.exit()).as(upgraded.toString()).isZero();
			// A plugin's index: created outside the migrations, declared by no model.
			driver.executableQuery("CREATE FULLTEXT INDEX bloom_people FOR (n:Person) ON EACH [n.name]").execute();

			Cli.Run drift = cli.run("check");
			assertThat(drift.exit()).as(drift.toString()).isEqualTo(ExitCode.PROBLEMS);
			assertThat(drift.out()).contains("Not declared by the models: " + BLOOM);

			appendToToml(p, "\n[schema]\nignore = [\"bloom_*\"]\n");
			Cli.Run check = cli.run("check");
			assertThat(check.exit()).as(check.toString()).isZero();
			assertThat(check.out()).isEqualTo("No drift: the models match the head migration and the live schema." + NL
					+ "Ignored (matches 'bloom_*'): " + BLOOM + NL);

			Cli.Run json = cli.run("check", "--json");
			assertThat(json.exit()).as(json.toString()).isZero();
			JsonNode ignored = new ObjectMapper().readTree(json.out()).get("ignoredInGraph");
			assertThat(ignored).hasSize(1);
			assertThat(ignored.get(0).get("element").asText()).isEqualTo(BLOOM);
			assertThat(ignored.get(0).get("pattern").asText()).isEqualTo("bloom_*");

			Cli.Run verify = cli.run("verify");
			assertThat(verify.exit()).as(verify.toString()).isZero();
			assertThat(verify.out()).contains(
					"[ok]   live schema matches the models" + NL + "[ok]   Ignored (matches 'bloom_*'): " + BLOOM + NL,
					"Verified: no problems.");
		}
	}

	@Test
	void aPatternOfOnlyWildcardsIsRefusedNamingTheFileAndTheKey(@TempDir Path tmp) throws IOException {
		Path p = BadInputIT.project(tmp);
		appendToToml(p, "\n[schema]\nignore = [\"bloom_*\", \"*\"]\n");

		Cli.Run run = new Cli(p).run("check", "--offline");

		assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err())
			.isEqualTo("crochet: Malformed crochet.toml: [schema] ignore: Schema ignore pattern '*' is only"
					+ " wildcards: name the schema more narrowly, for example 'bloom_*'" + NL);
	}

}
