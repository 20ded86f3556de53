package dev.crochet.cli.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Runs crash trials on copies of one {@link FaultProject}. {@link #prepare} makes the references
 * once: an uninterrupted {@code upgrade} (the graph every upgrade trial must end in, and the
 * project the downgrade trials start from) and an uninterrupted {@code downgrade --target 0001}
 * from there. Both run with every fault point announced, so the points a trial can stop at are
 * the ones an uninterrupted run actually reached.
 */
final class TrialRunner {

	/** The announcement of a point reached (a go or unarmed point): {@code crochet-fault-point <point> <n>}. */
	private static final String ANNOUNCED = "crochet-fault-point ";

	private final CrochetProcess crochet;

	private final Path work;

	private final Path fresh;

	private final Path atHead;

	private final GraphSnapshot headGraph;

	private final GraphSnapshot baseGraph;

	private final List<KillPoint> upgradePoints;

	private final List<KillPoint> downgradePoints;

	private TrialRunner(CrochetProcess crochet, Path work, Path fresh, Path atHead, GraphSnapshot headGraph,
			GraphSnapshot baseGraph, List<KillPoint> upgradePoints, List<KillPoint> downgradePoints) {
		this.crochet = crochet;
		this.work = work;
		this.fresh = fresh;
		this.atHead = atHead;
		this.headGraph = headGraph;
		this.baseGraph = baseGraph;
		this.upgradePoints = upgradePoints;
		this.downgradePoints = downgradePoints;
	}

	/**
	 * Creates the project with {@code rows} readings in {@code work} and runs the references. With
	 * {@code classData}, the first reference run also writes a class-data archive that every later
	 * process maps: the CLI starts an embedded Neo4j on each call, and most of that is class loading.
	 */
	static TrialRunner prepare(CrochetProcess crochet, Path work, int rows, boolean classData) {
		Path fresh = FaultProject.create(crochet, work, "fresh", rows);
		Path atHead = copy(fresh, work.resolve("at-head"));
		Path archive = work.resolve("crochet.jsa");
		// Unified logging writes to stdout by default: keep it off stdout, where status --json prints.
		String logging = "-Xlog:disable -Xlog:all=warning:stderr";
		CrochetProcess first = classData
				? crochet.withJavaOptions("-XX:TieredStopAtLevel=1 " + logging + " -XX:ArchiveClassesAtExit=" + archive)
				: crochet;
		CrochetProcess.Run upgrade = first.runAnnouncingPoints(atHead, "upgrade");
		check(upgrade, "the reference upgrade");
		CrochetProcess later = classData && Files.isRegularFile(archive)
				? crochet.withJavaOptions("-XX:TieredStopAtLevel=1 " + logging + " -XX:SharedArchiveFile=" + archive)
				: crochet;
		GraphSnapshot headGraph = GraphSnapshot.read(atHead.resolve(".crochet/neo4j"));

		Path base = copy(atHead, work.resolve("base"));
		CrochetProcess.Run downgrade = later.runAnnouncingPoints(base, Trial.Start.AT_HEAD.command());
		check(downgrade, "the reference downgrade");
		GraphSnapshot baseGraph = GraphSnapshot.read(base.resolve(".crochet/neo4j"));
		return new TrialRunner(later, work, fresh, atHead, headGraph, baseGraph, announced(upgrade.err()), announced(downgrade.err()));
	}

	private static void check(CrochetProcess.Run run, String what) {
		if (run.exit() != 0) {
			throw new IllegalStateException(what + " failed with exit " + run.exit() + ":\n" + run.all());
		}
	}

	private static List<KillPoint> announced(String stderr) {
		return stderr.lines()
			.filter(line -> line.startsWith(ANNOUNCED))
			.map(line -> line.substring(ANNOUNCED.length()).split(" "))
			.map(parts -> KillPoint.at(parts[0], Integer.parseInt(parts[1])))
			.toList();
	}

	/** The graph of an uninterrupted upgrade. */
	GraphSnapshot headGraph() {
		return headGraph;
	}

	/** The graph of an uninterrupted downgrade from the head to 0001. */
	GraphSnapshot baseGraph() {
		return baseGraph;
	}

	/** The fault points an uninterrupted run of {@code start}'s command reaches, in order. */
	List<KillPoint> points(Trial.Start start) {
		return start == Trial.Start.FRESH ? upgradePoints : downgradePoints;
	}

	/** Runs {@code trial} on its own copy of the project, {@code number} naming the folder. */
	Outcome run(int number, Trial trial) {
		long started = System.nanoTime();
		Path project = copy(trial.start() == Trial.Start.FRESH ? fresh : atHead, work.resolve("trial-" + number));
		String[] command = trial.command();
		CrochetProcess.Killed kill = crochet.runUntilKilled(project, trial.kill(), command);
		CrochetProcess.Run verifyAfterKill = crochet.run(project, "verify");
		List<Outcome.Step> recovery = new ArrayList<>();
		CrochetProcess.Killed secondKill = null;
		if (trial.recovery() != Trial.Recovery.RERUN) {
			recovery.add(step(project, "unlock"));
		}
		if (trial.recovery() == Trial.Recovery.KILLED_IN_RECOVERY) {
			secondKill = crochet.runUntilKilled(project, KillPoint.at("recovery", 1), command);
			recovery.add(step(project, "unlock"));
		}
		recovery.add(step(project, command));
		String head = head(crochet.run(project, "status", "--json"));
		CrochetProcess.Run verify = crochet.run(project, "verify");
		GraphSnapshot graph = GraphSnapshot.read(project.resolve(".crochet/neo4j"));
		GraphSnapshot expected = trial.start() == Trial.Start.FRESH ? headGraph : baseGraph;
		return new Outcome(trial, kill, verifyAfterKill, secondKill, List.copyOf(recovery), head, verify, graph, expected,
				Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * Runs {@code trials} {@code workers} at a time and returns their outcomes in order; {@code done}
	 * sees each as it ends (the soak prints it and tidies up).
	 */
	List<Outcome> runAll(List<Trial> trials, int workers, BiConsumer<Integer, Outcome> done) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			List<Future<Outcome>> running = new ArrayList<>();
			for (int i = 0; i < trials.size(); i++) {
				int number = i + 1;
				Trial trial = trials.get(i);
				running.add(pool.submit(() -> {
					Outcome outcome = run(number, trial);
					done.accept(number, outcome);
					return outcome;
				}));
			}
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> outcome : running) {
				try {
					outcomes.add(outcome.get());
				}
				catch (ExecutionException ex) {
					throw new IllegalStateException("A trial could not be run: " + ex.getCause(), ex.getCause());
				}
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Outcome.Step step(Path project, String... command) {
		return new Outcome.Step(String.join(" ", command), crochet.run(project, command));
	}

	private static String head(CrochetProcess.Run status) {
		try {
			JsonNode head = new ObjectMapper().readTree(status.out()).path("head");
			return head.isTextual() ? head.asText() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	static Path copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
			return to;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
