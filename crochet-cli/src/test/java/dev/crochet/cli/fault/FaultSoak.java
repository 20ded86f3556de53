package dev.crochet.cli.fault;

import dev.crochet.LedgerStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The soak, run by hand: {@code --trials} kills at random points of a run with
 * {@code --rows} readings, each recovered and compared with an uninterrupted run, as
 * {@link CrashRecoveryITCase} does with its fixed points. A point is drawn from those an
 * uninterrupted upgrade or downgrade actually reached; a third of the kills carry on past
 * the point and land 0 to 2 s later. The soak runs once per ledger store, the same seed
 * drawing the same kills for each: {@code -Dfault.ledger=file|graph} runs one store only,
 * as in the suites. A short look: {@code --trials 2 --rows 20000}.
 *
 * <pre>
 * mvn -B -ntp -q -pl crochet-cli -am package -DskipTests -Denforcer.skip
 * mvn -B -ntp -q -pl crochet-cli test-compile -Denforcer.skip
 * java -Dfault.ledger=graph -cp "crochet-cli/target/test-classes:crochet-cli/target/crochet-cli.jar:crochet-cli/target/lib/*" \
 *     dev.crochet.cli.fault.FaultSoak --trials 50 --rows 300000 --seed 7 --workers 1
 * </pre>
 *
 * Prints the results table and the report of each trial that was not recovered; exits 1
 * if any was not. Folders of recovered trials are deleted; the others stay under
 * {@code --work} for a look.
 */
public final class FaultSoak {

	private FaultSoak() {
	}

	public static void main(String[] args) throws Exception {
		int trials = 20;
		int rows = 300_000;
		long seed = System.nanoTime();
		int workers = 1;
		Path work = null;
		for (int i = 0; i < args.length; i += 2) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
				case "--trials" -> trials = Integer.parseInt(value);
				case "--rows" -> rows = Integer.parseInt(value);
				case "--seed" -> seed = Long.parseLong(value);
				case "--workers" -> workers = Integer.parseInt(value);
				case "--work" -> work = Path.of(value);
				default -> {
					System.err
						.println("Usage: FaultSoak [--trials N] [--rows N] [--seed N] [--workers N] [--work DIR]");
					System.exit(2);
				}
			}
		}
		work = work == null ? Files.createTempDirectory("crochet-soak-") : Files.createDirectories(work);
		boolean all = true;
		for (LedgerStore store : FaultLedgers.chosen()) {
			all &= soak(store, trials, rows, seed, workers,
					Files.createDirectories(work.resolve(FaultLedgers.name(store))));
		}
		System.exit(all ? 0 : 1);
	}

	/**
	 * {@code trials} random kills on a project that keeps its history in {@code store};
	 * true when every one was recovered.
	 */
	private static boolean soak(LedgerStore store, int trials, int rows, long seed, int workers, Path work)
			throws InterruptedException {
		String tag = FaultLedgers.tag(store);
		System.out.println(tag + " Soak: " + trials + " trials, " + rows + " rows, seed " + seed + ", in " + work);
		long started = System.nanoTime();
		TrialRunner runner = TrialRunner.prepare(new CrochetProcess(CrochetProcess.findLauncher(), null), work, rows,
				store, true);
		Random random = new Random(seed);
		List<Trial> drawn = new ArrayList<>();
		for (int i = 0; i < trials; i++) {
			drawn.add(draw(runner, random));
		}
		List<Outcome> outcomes = runner.runAll(drawn, workers, (number, outcome) -> {
			System.out.println(tag + " " + outcome.row(number));
			if (outcome.recovered()) {
				delete(work.resolve("trial-" + number));
			}
		});
		long recovered = outcomes.stream().filter(Outcome::recovered).count();
		System.out.println(Outcome.table(outcomes));
		outcomes.stream()
			.filter(o -> !o.recovered() || !o.caughtByVerify())
			.forEach(o -> System.out.println(o.report()));
		System.out.println(tag + " " + recovered + " of " + trials + " recovered; "
				+ outcomes.stream().filter(Outcome::caughtByVerify).count() + " caught by verify; "
				+ Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
		return recovered == trials;
	}

	private static Trial draw(TrialRunner runner, Random random) {
		Trial.Start start = random.nextInt(4) == 0 ? Trial.Start.AT_HEAD : Trial.Start.FRESH;
		List<KillPoint> reached = runner.reference(start).points();
		KillPoint point = reached.get(random.nextInt(reached.size()));
		KillPoint kill = random.nextInt(3) == 0
				? KillPoint.after(point.point(), point.occurrence(), random.nextInt(2_000)) : point;
		Trial.Recovery[] recoveries = Trial.Recovery.values();
		return new Trial("random", start, kill, recoveries[random.nextInt(recoveries.length)]);
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
