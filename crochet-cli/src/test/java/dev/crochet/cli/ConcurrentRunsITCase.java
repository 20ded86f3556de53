package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code crochet upgrade} started together on one project: each compiles into its own
 * folder, so neither sees the other's half-written classes; one migrates, the other
 * migrates too or is refused as locked (exit 5), and the graph ends as one run leaves it.
 */
class ConcurrentRunsITCase {

	@Test
	void twoUpgradesStartedTogetherNeitherCrashes(@TempDir Path tmp) throws Exception {
		Path p = CliProcesses.ingestProject(tmp);
		Files.delete(p.resolve("migrations/V0002_ingest.java"));

		CliProcesses.Running first = new CliProcesses.Running(p, Map.of(), "upgrade");
		CliProcesses.Running second = new CliProcesses.Running(p, Map.of(), "upgrade");
		int[] exits = { first.exit(120), second.exit(120) };

		for (CliProcesses.Running run : List.of(first, second)) {
			assertThat(String.join("\n", run.err())).doesNotContain("NoSuchFileException", "No model classes found",
					"Exception");
		}
		assertThat(exits).as(first.err() + " / " + second.err()).containsAnyOf(ExitCode.OK);
		for (int i = 0; i < 2; i++) {
			CliProcesses.Running run = i == 0 ? first : second;
			if (exits[i] != ExitCode.OK) {
				assertThat(exits[i]).as(run.err().toString()).isEqualTo(ExitCode.LOCKED);
				assertThat(String.join("\n", run.err())).contains("locked by");
			}
		}
		LauncherITCase.Result status = LauncherITCase.crochet(p, "status");
		assertThat(status.out()).contains("Head: 0001_add_person").doesNotContain("pending", "Drift: Missing");
		try (var leftovers = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			assertThat(leftovers.map(f -> f.getFileName().toString())
				.filter(n -> n.startsWith(ProjectClasses.FOLDER_PREFIX + first.process.pid() + "-")
						|| n.startsWith(ProjectClasses.FOLDER_PREFIX + second.process.pid() + "-")))
				.as("each run removed its compile folder")
				.isEmpty();
		}
	}

}
