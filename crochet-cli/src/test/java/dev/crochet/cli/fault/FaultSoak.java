package dev.crochet.cli.fault;

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
 * the point and land 0 to 2 s later.
 *
 * <pre>
 * mvn -B -ntp -q -pl crochet-cli -am package -DskipTests -Denforcer.skip
 * mvn -B -ntp -q -pl crochet-cli test-compile -Denforcer.skip
 * java -cp "crochet-cli/target/test-classes:crochet-cli/target/crochet-cli.jar:crochet-cli/target/lib/*" \
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
		System.out.println("Soak: " + trials + " trials, " + rows + " rows, seed " + seed + ", in " + work);
		long started = System.nanoTime();
		TrialRunner runner = TrialRunner.prepare(new CrochetProcess(CrochetProcess.findLauncher(), null), work, rows,
				true);
		Random random = new Random(seed);
		List<Trial> drawn = new ArrayList<>();
		for (int i = 0; i < trials; i++) {
			drawn.add(draw(runner, random));
		}
		Path folder = work;
		List<Outcome> outcomes = runner.runAll(drawn, workers, (number, outcome) -> {
			System.out.println(outcome.row(number));
			if (outcome.recovered()) {
				delete(folder.resolve("trial-" + number));
			}
		});
		long recovered = outcomes.stream().filter(Outcome::recovered).count();
		System.out.println(Outcome.table(outcomes));
		outcomes.stream()
			.filter(o -> !o.recovered() || !o.caughtByVerify())
			.forEach(o -> System.out.println(o.report()));
		System.out.println(
				recovered + " of " + trials + " recovered; " + outcomes.stream().filter(Outcome::caughtByVerify).count()
						+ " caught by verify; " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
		System.exit(recovered == trials ? 0 : 1);
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
