package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's warnings of retried transactions stay off stderr unless {@code --verbose}
 * asks for stack traces ({@code TwoProjectsOneServerITCase} shows the race that caused
 * them).
 */
class RetryLogTest {

	@Test
	void theSilencedLoggerIsTheDriversRetryLogic() throws ClassNotFoundException {
		// A driver that renamed the class would log its retries again: this fails first.
		assertThat(Class.forName(CrochetCli.RETRY_LOG.getName())).isNotNull();
	}

	@Test
	void retriesAreShownWithVerboseOnly(@TempDir Path tmp) {
		run("--project-dir", tmp.toString(), "status");
		assertThat(CrochetCli.RETRY_LOG.getLevel()).isEqualTo(Level.OFF);

		run("--project-dir", tmp.toString(), "status", "--verbose");
		assertThat(CrochetCli.RETRY_LOG.getLevel()).isEqualTo(Level.WARNING);

		run("--project-dir", tmp.toString(), "status");
		assertThat(CrochetCli.RETRY_LOG.getLevel()).isEqualTo(Level.OFF);
	}

	private static void run(String... args) {
		CommandLine line = CrochetCli.commandLine(Map.of());
		line.setErr(new PrintWriter(new StringWriter(), true));
		assertThat(line.execute(args)).as("no crochet.toml there").isEqualTo(ExitCode.USAGE);
	}

}
