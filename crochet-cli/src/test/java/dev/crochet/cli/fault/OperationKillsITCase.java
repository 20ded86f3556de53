package dev.crochet.cli.fault;

import dev.crochet.LedgerStore;
import dev.crochet.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recovery is exact for every kind of built-in step (issue 29, item 2): real
 * {@code bin/crochet} processes on an on-disk embedded store, killed with SIGKILL inside
 * each data step of {@link OperationProject}, upgrading and downgrading, at points spread
 * over its chunks (a quarter, half and three quarters of the way through the step as the
 * uninterrupted run timed it, and at chunk boundaries of the row steps), then
 * {@code verify} (which must not certify what the kill left), the rerun (with
 * {@code crochet resolve} when the kill left raw Cypher in doubt, decided by looking at
 * the graph as a person would), and the graph, the ledger and {@code verify} compared
 * with an uninterrupted run.
 *
 * <p>
 * CI runs two trials: the recipe (a kill half-way through the step after a
 * rename, where running the rename again would move the new values over the old ones) and
 * a kill half-way through raw Cypher (settled with {@code crochet resolve}). With
 * {@code -Dfault.all=true} it also kills each step of 0002 at a quarter and three
 * quarters, the downgrade's property removal and relationship delete, and 0001's row
 * steps at chunk boundaries, as docs/reliability.md says.
 *
 * <p>
 * Every trial runs twice, once with the history in the ledger file and once in the graph
 * ledger ({@code [ledger] store = "graph"} in the project's crochet.toml), its name
 * starting with the store ({@code [file]}, {@code [graph]});
 * {@code -Dfault.ledger=file|graph} runs one store only.
 */
class OperationKillsITCase {

	private static final Pattern ANNOUNCED = Pattern.compile("crochet-fault-point (\\S+) (\\d+)");

	private static final double[] FRACTIONS = { 0.25, 0.5, 0.75 };

	/**
	 * The embedded store's Bolt address, which {@code verify} names with a graph ledger.
	 */
	private static final Pattern BOLT_URI = Pattern.compile("bolt://[\\w.-]+:\\d+");

	/** The figures compared with the uninterrupted run, each a count. */
	private static final Map<String, String> CENSUS = censusQueries();

	private static Map<String, String> censusQueries() {
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("Reading", "MATCH (n:Reading) RETURN count(n)");
		queries.put("distinct Reading.i", "MATCH (n:Reading) RETURN count(DISTINCT n.i)");
		queries.put("Reading.oldV as loaded", "MATCH (n:Reading) WHERE n.oldV = 'r' + n.i RETURN count(n)");
		queries.put("Reading.v fresh", "MATCH (n:Reading) WHERE n.v = 'fresh' RETURN count(n)");
		queries.put("Reading.even", "MATCH (n:Reading) WHERE n.even = true RETURN count(n)");
		queries.put("Sensor", "MATCH (n:Sensor) RETURN count(n)");
		queries.put("Probe", "MATCH (n:Probe) RETURN count(n)");
		queries.put("distinct Probe.id", "MATCH (n:Probe) RETURN count(DISTINCT n.id)");
		queries.put("READS", "MATCH ()-[r:READS]->() RETURN count(r)");
		queries.put("MEASURES", "MATCH ()-[r:MEASURES]->() RETURN count(r)");
		queries.put("MEASURES in batch links",
				"MATCH ()-[r:MEASURES]->() WHERE r._crochet_batch = 'links' RETURN count(r)");
		queries.put("progress marks", "MATCH (p:_CrochetProgress) RETURN count(p)");
		queries.put("constraints and indexes",
				"SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN count(name)");
		return queries;
	}

	/**
	 * Where a trial starts, which fixes the command it kills: an upgrade from nothing or
	 * from 0001 (so only 0002 runs), or a downgrade from the head to base.
	 */
	enum Start {

		FRESH("upgrade"), AT_LOAD("upgrade"), AT_HEAD("downgrade", "--target", "base");

		private final String[] command;

		Start(String... command) {
			this.command = command;
		}

		String[] command() {
			return command.clone();
		}

	}

	/**
	 * What an uninterrupted run of a command leaves: the census, the ledger, and what
	 * {@code verify} then says (at base it lists the pending revisions), with the
	 * project's folder written as {@code <project>}.
	 */
	record Expected(Map<String, Long> census, LedgerSnapshot ledger, String verify) {

		static Expected of(CrochetProcess crochet, Path project, LedgerStore store) {
			Found found = Found.read(project, store);
			return new Expected(found.census(), found.ledger(), verify(crochet, project));
		}

		/**
		 * Each process starts the embedded store on a port of its own, which the graph
		 * ledger's location names: written {@code <bolt>}.
		 */
		static String verify(CrochetProcess crochet, Path project) {
			String out = crochet.run(project, "verify").out().replace(project.toString(), "<project>");
			return BOLT_URI.matcher(out).replaceAll("<bolt>");
		}

	}

	/** The census and the ledger of a project, read in one start of its store. */
	record Found(Map<String, Long> census, LedgerSnapshot ledger) {

		static Found read(Path project, LedgerStore store) {
			return reading(project, driver -> new Found(OperationKillsITCase.census(driver),
					LedgerSnapshot.read(project, store, driver)));
		}

	}

	/** One kill: where the run starts, the fault point, and what it interrupts. */
	record Kill(String name, Start start, KillPoint point) {

		@Override
		public String toString() {
			return name + " (" + String.join(" ", start.command()) + " from "
					+ (start == Start.FRESH ? "nothing" : start == Start.AT_LOAD ? OperationProject.LOAD : "the head")
					+ " killed at " + point + ")";
		}

	}

	/** What one trial found; {@code problems} empty when recovered exactly. */
	record Result(Kill kill, boolean reached, boolean verifyCaughtIt, boolean resolved, List<String> problems) {

		String row(int number) {
			return "| " + number + " | " + kill.name() + " | " + kill.point() + " | "
					+ (reached ? verifyCaughtIt ? "yes" : "**no**" : "not reached") + " | " + (resolved ? "yes" : "no")
					+ " | " + (problems.isEmpty() ? "exact" : "**" + String.join("; ", problems) + "**") + " |";
		}

	}

	@TestFactory
	Stream<DynamicTest> aKillInAnyStepIsRecoveredExactly(@TempDir Path work) {
		// One store after the other, as JUnit asks for the tests: the file's trials are
		// reported before the graph's start.
		return FaultLedgers.chosen().stream().flatMap(store -> {
			try {
				return killsWithHistoryIn(store, Files.createDirectories(work.resolve(FaultLedgers.name(store))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(
						"A " + FaultLedgers.tag(store) + " trial could not be run: " + ex.getCause(), ex.getCause());
			}
		});
	}

	private static Stream<DynamicTest> killsWithHistoryIn(LedgerStore store, Path work)
			throws InterruptedException, ExecutionException {
		long started = System.nanoTime();
		CrochetProcess crochet = new CrochetProcess(CrochetProcess.findLauncher(), "-XX:TieredStopAtLevel=1");
		Path fresh = OperationProject.create(crochet, work, "fresh", store);
		Path atLoad = TrialRunner.copy(fresh, work.resolve("at-load"));
		CrochetProcess.Run loaded = crochet.run(atLoad, "upgrade", "--target", OperationProject.LOAD);
		assertThat(loaded.exit()).as(loaded.all()).isZero();

		// The uninterrupted runs, timed statement by statement: 0002's upgrade, then the
		// downgrade of both from there.
		Path reference = TrialRunner.copy(atLoad, work.resolve("reference"));
		Map<Integer, Long> statementMillis = timedStatements(crochet, reference, Start.AT_LOAD.command());
		Expected upgraded = Expected.of(crochet, reference, store);
		Map<String, Long> expected = upgraded.census();
		Path atHead = TrialRunner.copy(reference, work.resolve("at-head"));
		Path referenceDown = TrialRunner.copy(atHead, work.resolve("reference-down"));
		Map<Integer, Long> downMillis = timedStatements(crochet, referenceDown, Start.AT_HEAD.command());
		Expected downgraded = Expected.of(crochet, referenceDown, store);

		List<Kill> kills = new ArrayList<>(
				kills(statementNumbers(crochet, TrialRunner.copy(atLoad, work.resolve("dry-run")), UPGRADE_STEPS,
						Start.AT_LOAD.command()), statementMillis, Start.AT_LOAD));
		kills.addAll(kills(statementNumbers(crochet, TrialRunner.copy(atHead, work.resolve("dry-run-down")),
				DOWNGRADE_STEPS, Start.AT_HEAD.command()), downMillis, Start.AT_HEAD));
		kills.addAll(rowKills());
		// -Dfault.only=<text>: the trials whose name holds it (e.g. "downgrade").
		String only = System.getProperty("fault.only");
		List<Kill> chosen = only != null ? kills.stream().filter(k -> k.name().contains(only)).toList()
				: Boolean.getBoolean("fault.all") ? kills
						: kills.stream()
							.filter(k -> k.name().equals("add property after the rename, 2/4")
									|| k.name().equals("raw Cypher, 2/4"))
							.toList();
		ExecutorService workers = Executors.newFixedThreadPool(Integer.getInteger("fault.workers", 2));
		List<Future<Result>> futures = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			Kill kill = chosen.get(i);
			Path project = TrialRunner.copy(
					kill.start() == Start.FRESH ? fresh : kill.start() == Start.AT_LOAD ? atLoad : atHead,
					work.resolve("trial-" + i));
			Expected wanted = kill.start() == Start.AT_HEAD ? downgraded : upgraded;
			futures.add(workers.submit(() -> trial(crochet, project, kill, store, wanted)));
		}
		List<Result> results = new ArrayList<>();
		for (Future<Result> future : futures) {
			results.add(future.get());
		}
		workers.shutdown();
		StringBuilder table = new StringBuilder("History in the "
				+ (store == LedgerStore.GRAPH ? "graph ledger" : "ledger file") + ":\n\n"
				+ "| # | step killed | kill point | verify failed after the kill | resolve needed | after recovery |\n"
				+ "|---|---|---|---|---|---|\n");
		for (int i = 0; i < results.size(); i++) {
			table.append(results.get(i).row(i + 1)).append('\n');
		}
		System.out.println(table + "\n" + results.size() + " trials in " + (System.nanoTime() - started) / 1_000_000_000
				+ " s; reference " + expected);

		Stream<DynamicTest> referenceTest = Stream
			.of(DynamicTest.dynamicTest(FaultLedgers.tag(store) + " the uninterrupted run", () -> {
				assertThat(expected).as(FaultLedgers.tag(store) + " the uninterrupted run's census")
					.containsEntry("Reading", (long) OperationProject.ROWS)
					.containsEntry("Reading.oldV as loaded", (long) OperationProject.ROWS)
					.containsEntry("Reading.v fresh", (long) OperationProject.ROWS)
					.containsEntry("Reading.even", (long) OperationProject.ROWS / 2)
					.containsEntry("Probe", (long) OperationProject.ROWS / 2)
					.containsEntry("Sensor", 0L)
					.containsEntry("MEASURES in batch links", (long) OperationProject.ROWS)
					.containsEntry("progress marks", 0L);
				assertThat(upgraded.verify()).as(FaultLedgers.tag(store) + " verify after the upgrade")
					.endsWith(Outcome.NO_PROBLEMS + "\n");
				// Read from the chosen store: a run that kept its history elsewhere
				// leaves it empty.
				assertThat(upgraded.ledger().applied()).as(FaultLedgers.tag(store) + " the history after the upgrade")
					.containsExactly(OperationProject.LOAD, OperationProject.RESHAPE);
				assertThat(downgraded.census()).as(FaultLedgers.tag(store) + " the downgrade's census")
					.containsEntry("Reading", 0L)
					.containsEntry("Sensor", 0L)
					.containsEntry("Probe", 0L)
					.containsEntry("MEASURES", 0L)
					.containsEntry("progress marks", 0L);
				assertThat(downgraded.ledger().applied())
					.as(FaultLedgers.tag(store) + " the history after the downgrade")
					.isEmpty();
				assertThat(chosen).isNotEmpty();
			}));
		Stream<DynamicTest> trials = results.stream()
			.map(r -> DynamicTest.dynamicTest(FaultLedgers.tag(store) + " " + r.kill(), () -> {
				// The reports name a dynamic test by its number: the failure names the
				// trial and its store.
				String trial = FaultLedgers.tag(store) + " " + r.kill() + ": ";
				assertThat(r.reached()).as(trial + "the kill point was reached").isTrue();
				assertThat(r.verifyCaughtIt()).as(trial + "verify failed right after the kill").isTrue();
				assertThat(r.problems()).as(trial + "after recovery").isEmpty();
			}));
		return Stream.concat(referenceTest, trials);
	}

	/** The server-side steps of 0002's upgrade, each by a piece of its Cypher. */
	private static final Map<String, String> UPGRADE_STEPS = Map.of("rename property", "SET n.`oldV` = n.`v`",
			"add property after the rename", "SET n.`v` = $value", "rename relationship type",
			"CREATE (a)-[r2:`MEASURES`]", "rename label", "SET n:`Probe`", "raw Cypher", "SET r.even = true");

	/**
	 * The downgrade's steps no upgrade runs: a property removed, relationships deleted by
	 * batch.
	 */
	private static final Map<String, String> DOWNGRADE_STEPS = Map.of("remove property (downgrade)", "REMOVE n.`v`",
			"delete relationships by batch (downgrade)", "MATCH ()-[r:`READS`]->()");

	/** Kills inside each of {@code statements} at fractions of its time. */
	private static List<Kill> kills(Map<String, Integer> statements, Map<Integer, Long> statementMillis, Start start) {
		List<Kill> kills = new ArrayList<>();
		statements.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(step -> {
			int statement = step.getValue();
			long took = Math.max(4, statementMillis.getOrDefault(statement, 40L));
			for (double fraction : FRACTIONS) {
				kills.add(new Kill(step.getKey() + ", " + (int) (fraction * 4) + "/4", start,
						new KillPoint("statement", statement, true, Math.max(1, (long) (took * fraction)), null)));
			}
		});
		return kills;
	}

	/**
	 * Kills at and just after chunk boundaries of 0001's upsert and relationship steps.
	 */
	private static List<Kill> rowKills() {
		List<Kill> kills = new ArrayList<>();
		// 0001: readings are chunks 1-4, sensors 5-6, links 7-10.
		for (int chunk : new int[] { 5, 6, 8 }) {
			String step = chunk <= 6 ? "upsert sensors" : "create links";
			kills.add(new Kill(step + ", chunk " + chunk + " committed, not counted", Start.FRESH,
					KillPoint.at("chunk-committed", chunk)));
			kills.add(new Kill(step + ", just after chunk " + chunk, Start.FRESH,
					KillPoint.after("chunk-committed", chunk, 30)));
		}
		return kills;
	}

	/**
	 * The number of each step's statement in a run of {@code command}, as its dry run
	 * lists them (a label rename adds the statements that move the indexes on the old
	 * label after its own).
	 */
	private static Map<String, Integer> statementNumbers(CrochetProcess crochet, Path project,
			Map<String, String> marks, String... command) {
		List<String> arguments = new ArrayList<>(List.of(command));
		arguments.add("--dry-run");
		CrochetProcess.Run dryRun = crochet.run(project, arguments.toArray(String[]::new));
		List<String> lines = dryRun.out()
			.lines()
			.filter(line -> line.endsWith(";") && !line.startsWith("-- "))
			.toList();
		Map<String, Integer> numbers = new LinkedHashMap<>();
		marks.forEach((step, mark) -> {
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains(mark)) {
					numbers.put(step, i + 1);
					return;
				}
			}
			throw new IllegalStateException("The dry run lists no statement of '" + step + "': " + dryRun.all());
		});
		return numbers;
	}

	private static Result trial(CrochetProcess crochet, Path project, Kill kill, LedgerStore store, Expected expected) {
		String[] command = kill.start().command();
		CrochetProcess.Killed killed = crochet.runUntilKilled(project, kill.point(), command);
		List<String> problems = new ArrayList<>();
		if (!killed.reached()) {
			return new Result(kill, false, false, false, List.of("the kill point was not reached: " + killed.output()));
		}
		CrochetProcess.Run verify = crochet.run(project, "verify");
		// A run that finished within the delay left nothing to catch.
		boolean caught = killed.exit() == 0 || (verify.exit() != 0 && !verify.out().contains(Outcome.NO_PROBLEMS));
		CrochetProcess.Run rerun = crochet.run(project, command);
		boolean resolved = false;
		if (rerun.exit() != 0 && rerun.all().contains("crochet resolve --ran")) {
			// As a person would: look at the graph, then say whether the statement ran.
			long even = census(project).get("Reading.even");
			if (even != 0 && even != OperationProject.ROWS / 2) {
				problems.add("raw Cypher half applied: " + even + " readings marked even");
			}
			// The upgrade's statement marks the even readings; the downgrade's unmarks
			// them.
			boolean ran = kill.start() == Start.AT_HEAD ? even == 0 : even != 0;
			CrochetProcess.Run resolve = crochet.run(project, "resolve", ran ? "--ran" : "--run-again");
			if (resolve.exit() != 0) {
				problems.add("resolve failed: " + resolve.all());
			}
			resolved = true;
			rerun = crochet.run(project, command);
		}
		if (rerun.exit() != 0) {
			problems.add("the rerun failed: " + rerun.all());
		}
		Found found = Found.read(project, store);
		expected.census().forEach((name, count) -> {
			if (!count.equals(found.census().get(name))) {
				problems.add(name + ": " + found.census().get(name) + " (expected " + count + ")");
			}
		});
		LedgerSnapshot ledger = found.ledger();
		if (!expected.ledger().applied().equals(ledger.applied())) {
			problems.add("applied " + ledger.applied() + " (expected " + expected.ledger().applied() + ")");
		}
		if (ledger.intent() != null || ledger.lockHolder() != null) {
			problems.add("left in the ledger: " + ledger.intent() + " / " + ledger.lockHolder());
		}
		if (!expected.ledger().batches().equals(ledger.batches())) {
			problems.add("batches " + ledger.batches() + " (expected " + expected.ledger().batches() + ")");
		}
		String finalVerify = Expected.verify(crochet, project);
		if (!finalVerify.equals(expected.verify())) {
			problems.add("verify after recovery: " + finalVerify + " (expected " + expected.verify() + ")");
		}
		return new Result(kill, true, caught, resolved, problems);
	}

	/**
	 * Runs {@code arguments} announcing every fault point and returns how long each
	 * statement took (from its announcement to the next point's), by its number.
	 */
	private static Map<Integer, Long> timedStatements(CrochetProcess crochet, Path project, String... arguments) {
		List<String> command = new ArrayList<>(List.of(crochet.launcher().toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
		builder.environment().put(CrochetProcess.FAULT_VARIABLE, "none");
		builder.environment().put("CROCHET_JAVA_OPTS", crochet.javaOptions());
		Map<Integer, Long> millis = new LinkedHashMap<>();
		try {
			Process process = builder.start();
			int current = -1;
			long since = 0;
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					Matcher point = ANNOUNCED.matcher(line.strip());
					if (!point.matches()) {
						continue;
					}
					long now = System.nanoTime();
					if (current > 0) {
						millis.merge(current, (now - since) / 1_000_000, Long::sum);
						current = -1;
					}
					if (point.group(1).equals("statement")) {
						current = Integer.parseInt(point.group(2));
						since = now;
					}
				}
			}
			if (process.waitFor() != 0) {
				throw new IllegalStateException("the uninterrupted " + String.join(" ", arguments) + " failed");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return millis;
	}

	/** The census of a project's store, read in this JVM once its processes ended. */
	private static Map<String, Long> census(Path project) {
		return reading(project, OperationKillsITCase::census);
	}

	private static Map<String, Long> census(Driver driver) {
		try (Session session = driver.session()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			CENSUS.forEach((name, cypher) -> counts.put(name, session.run(cypher).single().get(0).asLong()));
			return counts;
		}
	}

	/**
	 * What {@code read} finds in a project's store, started in this JVM once its
	 * processes ended: one store at a time, each takes a few hundred MB.
	 */
	private static <T> T reading(Path project, Function<Driver, T> read) {
		synchronized (OperationKillsITCase.class) {
			try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(project.resolve(".crochet/neo4j"));
					Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(),
							Config.builder().withLogging(Logging.none()).build())) {
				return read.apply(driver);
			}
		}
	}

}
