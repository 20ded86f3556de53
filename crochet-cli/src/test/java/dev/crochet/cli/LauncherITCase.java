package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code bin/crochet} as a subprocess from another folder, on the packaged jar (so
 * it runs after {@code package}, under Failsafe): help, a new project, and an upgrade on
 * the embedded store.
 */
class LauncherITCase {

	static final Path LAUNCHER = Path.of(System.getProperty("user.dir"))
		.resolve("../bin/crochet")
		.toAbsolutePath()
		.normalize();

	record Result(int exit, String out) {
	}

	static Result crochet(Path cwd, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("crochet " + String.join(" ", args) + " finished")
			.isTrue();
		return new Result(process.exitValue(),
				new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void runsFromAnyFolder(@TempDir Path tmp) throws Exception {
		Result help = crochet(tmp, "--help");
		assertThat(help.exit()).as(help.out()).isZero();
		assertThat(help.out()).contains("Usage: crochet", "Exit codes:");

		assertThat(crochet(tmp, "new-project", "--name", "g").exit()).isZero();
		Path project = tmp.resolve("g");
		assertThat(crochet(project, "create-node", "Person", "--kgid", "person_v1").exit()).isZero();
		Result migration = crochet(project, "create-migration", "--empty", "start");
		assertThat(migration.exit()).as(migration.out()).isZero();
		Result upgrade = crochet(tmp, "--project-dir", "g", "upgrade");
		assertThat(upgrade.exit()).as(upgrade.out()).isZero();
		assertThat(upgrade.out()).contains("Applied 1 revision; head is 0001_start").doesNotContain("INFO");
		Result status = crochet(project, "status", "--json");
		assertThat(status.out()).contains("\"head\" : \"0001_start\"");
	}

}
