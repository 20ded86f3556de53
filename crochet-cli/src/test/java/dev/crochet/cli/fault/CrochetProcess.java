package dev.crochet.cli.fault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/crochet} run as a real process on the packaged jar, as an operator would: to
 * its end, or killed with SIGKILL ({@link Process#destroyForcibly()}) at a
 * {@link KillPoint}. Nothing here depends on JUnit, so {@link FaultSoak} runs it from a
 * plain class path.
 *
 * @param launcher the repository's {@code bin/crochet}
 * @param javaOptions {@code CROCHET_JAVA_OPTS} for every process (a class-data archive,
 * say); null: the launcher's default
 */
record CrochetProcess(Path launcher, String javaOptions) {

	static final String FAULT_VARIABLE = "CROCHET_FAULT_POINT";

	/**
	 * Long enough for a 1M-row soak ingest; a run that takes longer is reported as hung.
	 */
	static final long TIMEOUT_SECONDS = 900;

	/** What a finished run returned and printed. */
	record Run(int exit, String out, String err) {

		String all() {
			return out + err;
		}
	}

	/**
	 * A run killed at its kill point, or one that ended before reaching it
	 * ({@code reached} false, {@code exit} its own exit code).
	 */
	record Killed(boolean reached, int exit, String output) {
	}

	/**
	 * The repository's launcher, from the module folder (Failsafe) or from the repository
	 * root (the soak).
	 */
	static Path findLauncher() {
		String given = System.getProperty("crochet.launcher");
		if (given != null) {
			return Path.of(given).toAbsolutePath().normalize();
		}
		Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path candidate : List.of(cwd.resolve("bin/crochet"), cwd.resolve("../bin/crochet"))) {
			if (Files.isExecutable(candidate)) {
				return candidate.normalize();
			}
		}
		throw new IllegalStateException("No bin/crochet under " + cwd + " or its parent; pass -Dcrochet.launcher=PATH");
	}

	CrochetProcess withJavaOptions(String options) {
		return new CrochetProcess(launcher, options);
	}

	/**
	 * Runs {@code crochet ARGS} in {@code project} to its end, with no fault point armed.
	 */
	Run run(Path project, String... args) {
		return run(project, null, args);
	}

	/**
	 * Runs to its end announcing every fault point it reaches on stderr, blocking at
	 * none.
	 */
	Run runAnnouncingPoints(Path project, String... args) {
		return run(project, "none", args);
	}

	private Run run(Path project, String fault, String[] args) {
		try {
			Path out = Files.createTempFile("crochet-out", ".txt");
			Path err = Files.createTempFile("crochet-err", ".txt");
			try {
				Process process = builder(project, fault, args).redirectOutput(out.toFile())
					.redirectError(err.toFile())
					.start();
				try {
					if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
						throw new IllegalStateException(
								"crochet " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
					}
				}
				finally {
					process.destroyForcibly().waitFor();
				}
				return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
			}
			finally {
				Files.deleteIfExists(out);
				Files.deleteIfExists(err);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/**
	 * Runs {@code crochet ARGS} with {@code kill} armed and kills the process with
	 * SIGKILL once it announces the point (after the point's delay, for a {@code go}
	 * point).
	 */
	Killed runUntilKilled(Path project, KillPoint kill, String... args) {
		try {
			Process process = builder(project, kill.armed(), args).redirectErrorStream(true).start();
			StringBuilder output = new StringBuilder();
			CountDownLatch triggered = new CountDownLatch(1);
			Thread reader = new Thread(() -> read(process, output, kill.trigger(), triggered), "crochet-output");
			reader.setDaemon(true);
			reader.start();
			try {
				while (!triggered.await(100, TimeUnit.MILLISECONDS)) {
					if (!process.isAlive()) {
						reader.join(5_000);
						if (triggered.getCount() > 0) {
							return new Killed(false, process.exitValue(), snapshot(output));
						}
					}
				}
				if (kill.delayMillis() > 0) {
					Thread.sleep(kill.delayMillis());
				}
			}
			finally {
				process.destroyForcibly();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					throw new IllegalStateException("crochet " + String.join(" ", args) + " survived SIGKILL for 60 s");
				}
			}
			reader.join(5_000);
			// 137 is SIGKILL; a go point's run may also have ended on its own within the
			// delay.
			return new Killed(true, process.exitValue(), snapshot(output));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static void read(Process process, StringBuilder output, String trigger, CountDownLatch triggered) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				synchronized (output) {
					output.append(line).append('\n');
				}
				if (line.strip().equals(trigger)) {
					triggered.countDown();
				}
			}
		}
		catch (IOException ex) {
			// The process was killed mid-line: what was read is the output.
		}
	}

	private static String snapshot(StringBuilder output) {
		synchronized (output) {
			return output.toString();
		}
	}

	private ProcessBuilder builder(Path project, String fault, String... args) {
		List<String> command = new ArrayList<>(List.of(launcher.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
		// Always the project's own embedded store, whatever the caller's environment
		// points at.
		for (String variable : List.of(FAULT_VARIABLE, "CROCHET_NEO4J_URI", "CROCHET_NEO4J_USERNAME",
				"CROCHET_NEO4J_PASSWORD")) {
			builder.environment().remove(variable);
		}
		if (fault != null) {
			builder.environment().put(FAULT_VARIABLE, fault);
		}
		if (javaOptions != null) {
			builder.environment().put("CROCHET_JAVA_OPTS", javaOptions);
		}
		return builder;
	}
}
