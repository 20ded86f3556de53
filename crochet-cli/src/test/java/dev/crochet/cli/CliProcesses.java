package dev.crochet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real {@code bin/crochet} processes for the crash-safety tests (run after
 * {@code package}, as *ITCase): a project whose second revision ingests many generated
 * rows, and processes whose stderr can be watched line by line while they run.
 */
final class CliProcesses {

	/**
	 * Rows the ingest creates; with {@code CROCHET_TEST_SLOW_ROWS} set it takes about 20
	 * ms per 1,000 rows.
	 */
	static final int ROWS = 200_000;

	private static final String INGEST = """
			package migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			import java.util.Iterator;
			import java.util.Map;

			@Revision(id = "0002_ingest", parent = "0001_add_person", rollbackSafe = true, description = "ingest")
			public final class V0002_ingest implements Migration {

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.beginBatch("readings");
					ctx.createNodes("Reading", () -> new Iterator<Map<String, ?>>() {
						private final boolean slow = System.getenv("CROCHET_TEST_SLOW_ROWS") != null;
						private int i;

						@Override
						public boolean hasNext() {
							return i < %d;
						}

						@Override
						public Map<String, ?> next() {
							if (slow && i %% 1000 == 0) {
								try {
									Thread.sleep(20);
								}
								catch (InterruptedException ex) {
									Thread.currentThread().interrupt();
								}
							}
							return Map.of("i", i++);
						}
					});
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.deleteNodesByBatch("Reading", "readings");
				}
			}
			""";

	private CliProcesses() {
	}

	/**
	 * A new project with the Person model, its migration 0001 and the ingest 0002 of
	 * {@link #ROWS} rows.
	 */
	static Path ingestProject(Path tmp) throws IOException, InterruptedException {
		return ingestProject(tmp, ROWS);
	}

	/**
	 * A new project with the Person model, its migration 0001 and the ingest 0002 of
	 * {@code rows} rows.
	 */
	static Path ingestProject(Path tmp, int rows) throws IOException, InterruptedException {
		assertThat(LauncherITCase.crochet(tmp, "new-project", "--name", "g").exit()).isZero();
		Path p = tmp.resolve("g");
		Files.writeString(p.resolve("models/Person.java"), BadInputIT.PERSON);
		LauncherITCase.Result first = LauncherITCase.crochet(p, "create-migration", "add person");
		assertThat(first.exit()).as(first.out()).isZero();
		Files.writeString(p.resolve("migrations/V0002_ingest.java"), INGEST.formatted(rows));
		return p;
	}

	/** A running crochet process whose stdout and stderr are collected as they come. */
	static final class Running {

		final Process process;

		private final List<String> err = Collections.synchronizedList(new ArrayList<>());

		private final CompletableFuture<String> out;

		private final Thread reader;

		Running(Path cwd, Map<String, String> environment, String... args) throws IOException {
			this(List.of(), cwd, environment, args);
		}

		/**
		 * {@code prefix} runs before the launcher, which it must exec (as {@code env}
		 * does), so that {@link #process} is still the crochet JVM.
		 */
		Running(List<String> prefix, Path cwd, Map<String, String> environment, String... args) throws IOException {
			List<String> command = new ArrayList<>(prefix);
			command.add(LauncherITCase.LAUNCHER.toString());
			command.addAll(List.of(args));
			ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
			builder.environment().putAll(environment);
			process = builder.start();
			out = CompletableFuture.supplyAsync(() -> {
				try {
					return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					return ex.toString();
				}
			});
			reader = new Thread(() -> {
				try (BufferedReader lines = new BufferedReader(
						new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
					for (String line = lines.readLine(); line != null; line = lines.readLine()) {
						err.add(line);
					}
				}
				catch (IOException ignored) {
					// The process is gone: what was read is kept.
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		/** Waits until stderr shows {@code line}, failing after {@code seconds}. */
		void awaitErr(String line, int seconds) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			while (!err.contains(line)) {
				assertThat(process.isAlive()).as("still running while waiting for '" + line + "'; stderr: " + err)
					.isTrue();
				assertThat(System.nanoTime()).as("'" + line + "' within " + seconds + " s; stderr: " + err)
					.isLessThan(deadline);
				Thread.sleep(20);
			}
		}

		/** The exit code, failing if the process has not ended within {@code seconds}. */
		int exit(int seconds) throws InterruptedException {
			assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("ended within " + seconds + " s; stderr: " + err)
				.isTrue();
			return process.exitValue();
		}

		String out() {
			return out.join();
		}

		/**
		 * The stderr lines of crochet itself (not the fault-point announcements), once
		 * the process has ended.
		 */
		List<String> messages() throws InterruptedException {
			process.waitFor();
			reader.join(10_000);
			synchronized (err) {
				return err.stream().filter(l -> !l.startsWith("crochet-fault-point")).toList();
			}
		}

		List<String> err() {
			synchronized (err) {
				return List.copyOf(err);
			}
		}

	}

}
