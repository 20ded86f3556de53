package dev.crochet.cli.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crochet.LedgerStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs crash trials on copies of one {@link FaultProject}. {@link #prepare} makes the
 * references once: an uninterrupted {@code upgrade} (the graph every upgrade trial must
 * end in, and the project the downgrade trials start from) and an uninterrupted
 * {@code downgrade --target 0001} from there. Both run with every fault point announced,
 * so the points a trial can stop at are the ones an uninterrupted run actually reached.
 *
 * <p>
 * The references run on a thread of their own beside the trials, each on a folder no
 * trial touches: the uninterrupted upgrade, which also writes the class-data archive,
 * then the downgrade, then each one's {@code verify}. While the archive is being written,
 * one trial runs (its processes start without the archive); once it is in place,
 * {@code workers} trials run together. Writing the archive takes one core for about 40 s,
 * so the other one is not left idle.
 */
final class TrialRunner {

	/**
	 * The announcement of a point reached (a go or unarmed point):
	 * {@code crochet-fault-point <point> <n>}.
	 */
	private static final String ANNOUNCED = "crochet-fault-point ";

	private static final Pattern REVISION_SUMMARY = Pattern
		.compile("  (?:applied|reverted) (\\S+) \\(\\d+ statements?, (\\d+) ms\\)");

	/** Without the archive: the processes started while it is being written. */
	private final CrochetProcess plain;

	/** With the archive, once it is in place; null until then. */
	private volatile CrochetProcess archived;

	private final Path work;

	private final Path fresh;

	private final CompletableFuture<CrochetProcess.Run> upgradeRun;

	/**
	 * The upgraded project as the uninterrupted upgrade left it, before any command
	 * opened it again.
	 */
	private final CompletableFuture<Path> atHead;

	private final CompletableFuture<Reference> upgraded;

	private final CompletableFuture<CrochetProcess.Run> downgradeRun;

	private final CompletableFuture<Reference> downgraded;

	/**
	 * How many trials may run now: one while the archive is written, then as many as the
	 * workers.
	 */
	private final Semaphore slots = new Semaphore(1);

	private final boolean statusCommand;

	private final LedgerStore ledgerStore;

	private TrialRunner(CrochetProcess plain, Path work, Path fresh, CompletableFuture<CrochetProcess.Run> upgradeRun,
			CompletableFuture<Path> atHead, CompletableFuture<Reference> upgraded,
			CompletableFuture<CrochetProcess.Run> downgradeRun, CompletableFuture<Reference> downgraded,
			boolean statusCommand, LedgerStore ledgerStore) {
		this.plain = plain;
		this.work = work;
		this.fresh = fresh;
		this.upgradeRun = upgradeRun;
		this.atHead = atHead;
		this.upgraded = upgraded;
		this.downgradeRun = downgradeRun;
		this.downgraded = downgraded;
		this.statusCommand = statusCommand;
		this.ledgerStore = ledgerStore;
	}

	/**
	 * Creates the project with {@code rows} readings in {@code work} and starts the
	 * references. The uninterrupted upgrade also writes a class-data archive that every
	 * later process maps: the CLI starts an embedded Neo4j on each call, and most of that
	 * is class loading. With {@code statusCommand}, each trial also runs
	 * {@code crochet status --json} and checks its head (the ledger itself is read either
	 * way). The project keeps its history in {@code ledgerStore}, where the trials read
	 * it.
	 */
	static TrialRunner prepare(CrochetProcess crochet, Path work, int rows, LedgerStore ledgerStore,
			boolean statusCommand) {
		Path fresh = FaultProject.create(crochet, work, "fresh", rows, ledgerStore);
		Path archive = work.resolve("crochet.jsa");
		// Written under another name and renamed once complete: a process started
		// meanwhile must not map half a file.
		Path writing = work.resolve("crochet.jsa.writing");
		// Unified logging writes to stdout by default: keep it off stdout, where status
		// --json prints.
		String options = "-XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr";
		CrochetProcess plain = crochet.withJavaOptions(options);
		CrochetProcess dumping = crochet.withJavaOptions(options + " -XX:ArchiveClassesAtExit=" + writing);
		Path upgradedProject = copy(fresh, work.resolve("upgraded"));
		ExecutorService references = Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "fault-references");
			thread.setDaemon(true);
			return thread;
		});
		CompletableFuture<CrochetProcess.Run> upgradeRun = CompletableFuture
			.supplyAsync(() -> uninterrupted(dumping, upgradedProject, Trial.Start.FRESH), references);
		CompletableFuture<CrochetProcess> later = upgradeRun.thenApplyAsync(run -> {
			try {
				Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE);
				return plain.withJavaOptions(options + " -XX:SharedArchiveFile=" + archive);
			}
			catch (IOException ex) {
				return plain;
			}
		}, references);
		// Copied before verify opens the upgraded store: the downgrade reference's and
		// the trials' start.
		CompletableFuture<Path> downgradedProject = later
			.thenApplyAsync(c -> copy(upgradedProject, work.resolve("downgraded")), references);
		CompletableFuture<Path> atHead = downgradedProject
			.thenApplyAsync(p -> copy(upgradedProject, work.resolve("at-head")), references);
		// The downgrade first: the downgrade trials wait for its timings, the upgrade
		// trials only end on theirs.
		CompletableFuture<CrochetProcess.Run> downgradeRun = atHead.thenApplyAsync(
				p -> uninterrupted(later.join(), downgradedProject.join(), Trial.Start.AT_HEAD), references);
		CompletableFuture<Reference> upgraded = downgradeRun.thenApplyAsync(
				run -> reference(later.join(), upgradedProject, ledgerStore, upgradeRun.join()), references);
		CompletableFuture<Reference> downgraded = upgraded.thenApplyAsync(
				reference -> reference(later.join(), downgradedProject.join(), ledgerStore, downgradeRun.join()),
				references);
		downgraded.whenComplete((reference, failure) -> references.shutdown());
		TrialRunner runner = new TrialRunner(plain, work, fresh, upgradeRun, atHead, upgraded, downgradeRun, downgraded,
				statusCommand, ledgerStore);
		later.thenAccept(runner::archiveReady);
		return runner;
	}

	private void archiveReady(CrochetProcess withArchive) {
		archived = withArchive;
		slots.release(Integer.MAX_VALUE / 2);
	}

	/** The CLI as the next process should start: with the archive once it is in place. */
	private CrochetProcess crochet() {
		CrochetProcess withArchive = archived;
		return withArchive != null ? withArchive : plain;
	}

	private static CrochetProcess.Run uninterrupted(CrochetProcess crochet, Path project, Trial.Start start) {
		CrochetProcess.Run run = crochet.runAnnouncingPoints(project, start.command());
		if (run.exit() != 0) {
			throw new IllegalStateException("The uninterrupted '" + String.join(" ", start.command())
					+ "' failed with exit " + run.exit() + ":\n" + run.all());
		}
		return run;
	}

	/** What {@code run} left, read before {@code verify} opens the store again. */
	private static Reference reference(CrochetProcess crochet, Path project, LedgerStore store,
			CrochetProcess.Run run) {
		Found found = Found.read(project, store);
		CrochetProcess.Run verify = crochet.run(project, "verify");
		return new Reference(project, found.graph(), found.ledger(), verify, announced(run.err()),
				revisionMillis(run.out()));
	}

	/**
	 * The graph, the history and its {@code RECOVERY} events, read in one start of the
	 * project's store: the graph ledger is in it, and each start takes seconds.
	 */
	private record Found(GraphSnapshot graph, LedgerSnapshot ledger, List<String> recoveries) {

		static Found read(Path project, LedgerStore store) {
			return GraphSnapshot.reading(project.resolve(".crochet/neo4j"),
					driver -> new Found(GraphSnapshot.of(driver), LedgerSnapshot.read(project, store, driver),
							LedgerSnapshot.recoveryEvents(project, store, driver)));
		}

	}

	/**
	 * From the summary lines {@code   applied <revision> (<n> statements, <ms> ms)} (or
	 * {@code reverted}).
	 */
	private static Map<String, Long> revisionMillis(String out) {
		Map<String, Long> millis = new TreeMap<>();
		out.lines()
			.map(REVISION_SUMMARY::matcher)
			.filter(Matcher::matches)
			.forEach(m -> millis.put(m.group(1), Long.parseLong(m.group(2))));
		return millis;
	}

	private static List<KillPoint> announced(String stderr) {
		return stderr.lines()
			.filter(line -> line.startsWith(ANNOUNCED))
			.map(line -> line.substring(ANNOUNCED.length()).split(" "))
			.map(parts -> KillPoint.at(parts[0], Integer.parseInt(parts[1])))
			.toList();
	}

	/**
	 * The uninterrupted run of {@code start}'s command (waits for it when it is still
	 * running).
	 */
	Reference reference(Trial.Start start) {
		return join(start == Trial.Start.FRESH ? upgraded : downgraded);
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
		}
	}

	/**
	 * Runs {@code trial} on its own copy of the project, {@code number} naming the
	 * folder.
	 */
	Outcome run(int number, Trial planned) {
		long started = System.nanoTime();
		// Only a midway kill needs the uninterrupted run's timings; a fixed one starts
		// without waiting for it.
		KillPoint kill = planned.kill().midwayThrough() == null ? planned.kill() : planned.kill()
			.timedBy(revisionMillis(join(planned.start() == Trial.Start.FRESH ? upgradeRun : downgradeRun).out()));
		Trial trial = new Trial(planned.name(), planned.start(), kill, planned.recovery());
		Path project = copy(trial.start() == Trial.Start.FRESH ? fresh : join(atHead), work.resolve("trial-" + number));
		String[] command = trial.command();
		CrochetProcess.Killed killed = crochet().runUntilKilled(project, trial.kill(), command);
		CrochetProcess.Run verifyAfterKill = crochet().run(project, "verify");
		Found afterKill = Found.read(project, ledgerStore);
		Outcome.Left left = new Outcome.Left(afterKill.graph(), afterKill.ledger());
		List<Outcome.Step> recovery = new ArrayList<>();
		CrochetProcess.Killed secondKill = null;
		if (trial.recovery() == Trial.Recovery.UNLOCK_THEN_RERUN) {
			recovery.add(step(project, "unlock"));
		}
		if (trial.recovery() == Trial.Recovery.KILLED_IN_RECOVERY) {
			secondKill = crochet().runUntilKilled(project, KillPoint.at("recovery", 1), command);
		}
		recovery.add(step(project, command));
		String statusHead = statusCommand ? head(crochet().run(project, "status", "--json")) : null;
		CrochetProcess.Run verify = crochet().run(project, "verify");
		Found recovered = Found.read(project, ledgerStore);
		Reference expected = reference(trial.start());
		return new Outcome(trial, killed, verifyAfterKill, left, secondKill, List.copyOf(recovery),
				recovered.recoveries(), statusCommand, statusHead, verify, recovered.graph(), recovered.ledger(),
				expected, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * Runs {@code trials} {@code workers} at a time and returns their outcomes in order;
	 * {@code done} sees each as it ends (the soak prints it and tidies up).
	 */
	List<Outcome> runAll(List<Trial> trials, int workers, BiConsumer<Integer, Outcome> done)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			List<Future<Outcome>> running = new ArrayList<>();
			for (int i = 0; i < trials.size(); i++) {
				int number = i + 1;
				Trial trial = trials.get(i);
				running.add(pool.submit(() -> {
					slots.acquire();
					try {
						Outcome outcome = run(number, trial);
						done.accept(number, outcome);
						return outcome;
					}
					finally {
						slots.release();
					}
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
		return new Outcome.Step(String.join(" ", command), crochet().run(project, command));
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
