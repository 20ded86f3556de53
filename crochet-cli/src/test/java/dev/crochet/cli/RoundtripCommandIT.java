package dev.crochet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code crochet roundtrip} on broken chains: the exit code, and a last line that names
 * each failure's kind.
 */
class RoundtripCommandIT {

	private static final String NL = System.lineSeparator();

	@Test
	void theLastLineNamesEachFailuresKind(@TempDir Path tmp) throws IOException {
		Path project = BadInputIT.project(tmp);
		Files.createDirectories(project.resolve("migrations"));
		Files.writeString(project.resolve("migrations/0001_people.cypher"), """
				// revision: 0001_people
				// description: an index the downgrade forgets
				// --- upgrade
				CREATE INDEX person_born IF NOT EXISTS FOR (p:Person) ON (p.born);
				// --- downgrade
				RETURN 1;
				""");
		Files.writeString(project.resolve("migrations/0002_ages.cypher"), """
				// revision: 0002_ages
				// parent: 0001_people
				// description: a downgrade that throws
				// --- upgrade
				CREATE INDEX person_age IF NOT EXISTS FOR (p:Person) ON (p.age);
				// --- downgrade
				DROP INDEX no_such_index;
				""");
		Cli cli = new Cli(project);

		Cli.Run run = cli.run("roundtrip");
		assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.PROBLEMS);
		assertThat(run.out())
			.contains("0001_people: downgrade does not restore the graph" + NL
					+ "    left behind: range index on :Person(born) named person_born" + NL
					+ "    kind: downgrade trace" + NL)
			.contains(NL + "    kind: downgrade error" + NL)
			.endsWith(NL + "Round trip failed: 0001_people (downgrade trace), 0002_ages (downgrade error)." + NL);

		JsonNode json = new ObjectMapper().readTree(cli.run("roundtrip", "--json").out());
		assertThat(json.get("summary").asText())
			.isEqualTo("Round trip failed: 0001_people (downgrade trace), 0002_ages (downgrade error).");
		assertThat(json.get("verdicts").get(0).get("failure").asText()).isEqualTo("downgrade trace");
		assertThat(json.get("verdicts").get(1).get("failure").asText()).isEqualTo("downgrade error");
	}

}
