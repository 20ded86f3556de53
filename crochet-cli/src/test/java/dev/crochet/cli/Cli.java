package dev.crochet.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the real CLI in this JVM with captured output, as a user would from {@code dir}.
 */
record Cli(Path dir, Map<String, String> environment) {

	Cli(Path dir) {
		this(dir, Map.of());
	}

	/** What one invocation printed and returned. */
	record Run(int exit, String out, String err) {

		String all() {
			return out + err;
		}

		@Override
		public String toString() {
			return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
		}
	}

	Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine line = CrochetCli.commandLine(environment);
		line.setOut(new PrintWriter(out, true));
		line.setErr(new PrintWriter(err, true));
		List<String> all = new ArrayList<>(List.of("--project-dir", dir.toString()));
		all.addAll(List.of(args));
		int exit = line.execute(all.toArray(String[]::new));
		return new Run(exit, out.toString(), err.toString());
	}
}
