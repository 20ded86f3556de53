package dev.crochet.bench;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.MigrationContext;
import dev.crochet.MigrationResult;
import dev.crochet.cypher.AddIndex;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.DropIndex;
import dev.crochet.cypher.DropUniqueConstraint;
import dev.crochet.cypher.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Workload (a): a chain of 50 schema migrations (25 unique constraints, 25 indexes, each
 * on its own label) applied and reverted by Crochet, by the raw driver (the very same
 * statements, each in its own auto-commit transaction) and, upwards only, by
 * Neo4j-Migrations from 50 Cypher files. Untimed warm-up rounds, then the median of the
 * timed rounds; the three tools take turns in every round, raw and Crochet alternating
 * which goes first, and every round is printed (the first shows the cold JVM).
 */
final class SchemaChainBench {

	static final int MIGRATIONS = 50;

	/** One revision: the schema element it adds and the one its downgrade drops. */
	private record Step(String id, Operation upgrade, Operation downgrade) {

		String upgradeCypher() {
			return upgrade.statements().get(0).cypher();
		}

		String downgradeCypher() {
			return downgrade.statements().get(0).cypher();
		}
	}

	/** One Crochet round: both calls, and the seconds each spent inside its revisions. */
	private record CrochetRound(Timing.Sample up, Timing.Sample down, double insideUp, double insideDown) {
	}

	private final Workbench bench;

	private final int warmup;

	private final int rounds;

	private final List<Step> steps = new ArrayList<>();

	private final List<LedgerStore> stores;

	SchemaChainBench(Workbench bench, int warmup, int rounds, List<LedgerStore> stores) {
		this.bench = bench;
		this.stores = List.copyOf(stores);
		this.warmup = warmup;
		this.rounds = rounds;
		for (int i = 1; i <= MIGRATIONS; i++) {
			String id = String.format(Locale.ROOT, "%04d_schema_%02d", i, i);
			if (i % 2 == 1) {
				String label = String.format(Locale.ROOT, "Unique%02d", i);
				steps.add(new Step(id, new AddUniqueConstraint(label, "key"), new DropUniqueConstraint(label, "key")));
			}
			else {
				String label = String.format(Locale.ROOT, "Indexed%02d", i);
				steps.add(new Step(id, new AddIndex(label, "value"), new DropIndex(label, "value")));
			}
		}
	}

	List<Measurement> run(HeapWatch heap) {
		bench.cleanDatabase();
		Path files = writeCypherFiles();
		List<Timing.Sample> rawUp = new ArrayList<>();
		List<Timing.Sample> rawDown = new ArrayList<>();
		List<Double> migrationsUp = new ArrayList<>();
		Map<LedgerStore, Side> sides = new EnumMap<>(LedgerStore.class);
		stores.forEach(store -> sides.put(store, new Side()));
		HeapWatch.Peak rawHeap = new HeapWatch.Peak(0, 0);
		for (int round = 1; round <= warmup + rounds; round++) {
			boolean warmUp = round <= warmup;
			// Whoever goes first follows Neo4j-Migrations' clean-up, the other follows
			// the first: taking turns keeps that difference out of the ratio. With both
			// ledgers, the two stores take turns as well.
			boolean crochetFirst = round % 2 == 0;
			List<LedgerStore> order = new ArrayList<>(stores);
			if (round % 4 >= 2) {
				Collections.reverse(order);
			}
			Map<LedgerStore, CrochetRound> crochet = new EnumMap<>(LedgerStore.class);
			if (crochetFirst) {
				order.forEach(store -> crochet.put(store, sides.get(store).round(heap, store)));
			}
			heap.reset();
			Timing.Sample up = Timing.measure(() -> bench.raw().autoCommitEach(upgradeStatements()));
			Timing.Sample down = Timing.measure(() -> bench.raw().autoCommitEach(downgradeStatements()));
			rawHeap = rawHeap.max(heap.peak());
			requireEmptySchema("raw downgrade");
			if (!crochetFirst) {
				order.forEach(store -> crochet.put(store, sides.get(store).round(heap, store)));
			}
			double migrations = migrationsRound(files);
			if (!warmUp) {
				rawUp.add(up);
				rawDown.add(down);
				migrationsUp.add(migrations);
				crochet.forEach((store, result) -> sides.get(store).keep(result));
			}
			StringBuilder line = new StringBuilder(
					String.format(Locale.ROOT, "  schema chain %-9s raw up %6.3f s, down %6.3f s;",
							warmUp ? "warm-up " + round : "round " + (round - warmup), up.seconds(), down.seconds()));
			for (LedgerStore store : order) {
				CrochetRound result = crochet.get(store);
				line.append(String.format(Locale.ROOT,
						" Crochet%s%s up %6.3f s (%5.3f in revisions), down %6.3f s (%5.3f);", label(store),
						crochetFirst && store == order.get(0) ? " (first)" : "", result.up().seconds(),
						result.insideUp(), result.down().seconds(), result.insideDown()));
			}
			System.out.println(line.append(String.format(Locale.ROOT, " Neo4j-Migrations up %6.3f s", migrations)));
		}
		String variant = "1 stmt/auto-commit";
		Run rawUpRun = median(rawUp, variant, rawHeap);
		Run rawDownRun = median(rawDown, variant, rawHeap);
		List<Measurement> measurements = new ArrayList<>();
		Map<LedgerStore, Run[]> medians = new EnumMap<>(LedgerStore.class);
		for (LedgerStore store : stores) {
			Side side = sides.get(store);
			Run crochetUpRun = median(side.up, "", side.heap);
			Run crochetDownRun = median(side.down, "", side.heap);
			medians.put(store, new Run[] { crochetUpRun, crochetDownRun });
			double medianInsideUp = Timing.median(side.insideUp);
			double medianInsideDown = Timing.median(side.insideDown);
			System.out.printf(Locale.ROOT,
					"  Crochet%s inside its revisions (statements + ledger record), median: up %.3f s = %.2fx raw,"
							+ " down %.3f s = %.2fx raw; the rest of each call (locks, head mirror, checks): up %.3f s, down %.3f s%n",
					label(store), medianInsideUp, medianInsideUp / rawUpRun.seconds(), medianInsideDown,
					medianInsideDown / rawDownRun.seconds(), crochetUpRun.seconds() - medianInsideUp,
					crochetDownRun.seconds() - medianInsideDown);
			measurements.add(new Measurement("schema chain: upgrade " + MIGRATIONS + label(store), MIGRATIONS, rawUpRun,
					crochetUpRun, Timing.median(migrationsUp), Target.TIME_AT_MOST_1_3_AND_BEATS_MIGRATIONS));
			measurements.add(new Measurement("schema chain: downgrade " + MIGRATIONS + label(store), MIGRATIONS,
					rawDownRun, crochetDownRun, null, Target.TIME_AT_MOST_1_3_OWN_GOAL));
		}
		if (stores.size() > 1) {
			Run[] file = medians.get(LedgerStore.FILE);
			Run[] graph = medians.get(LedgerStore.GRAPH);
			measurements.add(new Measurement("chain up: graph / file ledger", MIGRATIONS, asFileLedger(file[0]),
					graph[0], null, Target.GRAPH_LEDGER_AT_MOST_1_15));
			measurements.add(new Measurement("chain down: graph / file ledger", MIGRATIONS, asFileLedger(file[1]),
					graph[1], null, Target.GRAPH_LEDGER_AT_MOST_1_15));
		}
		return measurements;
	}

	/**
	 * The file ledger's figure in the place of the raw side, for a row comparing the two
	 * stores.
	 */
	static Run asFileLedger(Run file) {
		return new Run(file.seconds(), file.cpuSeconds(), "file ledger", file.heap());
	}

	/** What a row's workload says about its store: nothing when the run has only one. */
	private String label(LedgerStore store) {
		return stores.size() > 1 ? " (" + store.name().toLowerCase(Locale.ROOT) + ")" : "";
	}

	/** One store's timed rounds. */
	private final class Side {

		final List<Timing.Sample> up = new ArrayList<>();

		final List<Timing.Sample> down = new ArrayList<>();

		final List<Double> insideUp = new ArrayList<>();

		final List<Double> insideDown = new ArrayList<>();

		HeapWatch.Peak heap = new HeapWatch.Peak(0, 0);

		CrochetRound round(HeapWatch watch, LedgerStore store) {
			watch.reset();
			CrochetRound result = crochetRound(new RevisionClock(), store);
			heap = heap.max(watch.peak());
			return result;
		}

		void keep(CrochetRound result) {
			up.add(result.up());
			down.add(result.down());
			insideUp.add(result.insideUp());
			insideDown.add(result.insideDown());
		}

	}

	private static Run median(List<Timing.Sample> samples, String variant, HeapWatch.Peak heap) {
		return new Run(Timing.median(samples.stream().map(Timing.Sample::seconds).toList()),
				Timing.median(samples.stream().map(Timing.Sample::cpuSeconds).toList()), variant, heap);
	}

	private List<String> upgradeStatements() {
		return steps.stream().map(Step::upgradeCypher).toList();
	}

	private List<String> downgradeStatements() {
		List<String> down = new ArrayList<>(steps.stream().map(Step::downgradeCypher).toList());
		Collections.reverse(down);
		return down;
	}

	/** Upgrade to head, then downgrade to base, on a fresh ledger. */
	private CrochetRound crochetRound(RevisionClock clock, LedgerStore store) {
		BenchChain chain = new BenchChain();
		for (Step step : steps) {
			chain.add(step.id(), ctx -> apply(ctx, step.upgrade()), ctx -> apply(ctx, step.downgrade()));
		}
		try (Crochet crochet = bench.crochet(chain.migrations(), clock, store)) {
			MigrationResult[] results = new MigrationResult[2];
			clock.takeSeconds();
			Timing.Sample up = Timing.measure(() -> results[0] = crochet.upgrade());
			double insideUp = clock.takeSeconds();
			Timing.Sample down = Timing.measure(() -> results[1] = crochet.downgrade(Crochet.BASE));
			double insideDown = clock.takeSeconds();
			if (results[0].runs().size() != MIGRATIONS || results[1].runs().size() != MIGRATIONS) {
				throw new IllegalStateException("Crochet applied " + results[0].runs().size() + " and reverted "
						+ results[1].runs().size() + " revisions, expected " + MIGRATIONS + " each");
			}
			requireEmptySchema("Crochet downgrade");
			return new CrochetRound(up, down, insideUp, insideDown);
		}
	}

	private static void apply(MigrationContext ctx, Operation operation) {
		if (operation instanceof AddUniqueConstraint add) {
			ctx.addUniqueConstraint(add.label(), add.property());
		}
		else if (operation instanceof DropUniqueConstraint drop) {
			ctx.dropUniqueConstraint(drop.label(), drop.property());
		}
		else if (operation instanceof AddIndex add) {
			ctx.addIndex(add.label(), add.property());
		}
		else if (operation instanceof DropIndex drop) {
			ctx.dropIndex(drop.label(), drop.property());
		}
		else {
			throw new IllegalArgumentException("not a schema step: " + operation);
		}
	}

	/**
	 * Neo4j-Migrations applying the 50 files; its history, lock and the schema are
	 * removed again afterwards (untimed) so every round starts from the same empty
	 * database.
	 */
	private double migrationsRound(Path files) {
		Migrations migrations = new Migrations(
				MigrationsConfig.builder().withLocationsToScan("file:" + files.toAbsolutePath()).build(),
				bench.driver());
		Optional<?>[] applied = new Optional<?>[1];
		double seconds = Timing.seconds(() -> applied[0] = migrations.apply());
		if (applied[0].isEmpty()
				|| !applied[0].get().toString().contains(String.format(Locale.ROOT, "%03d", MIGRATIONS))) {
			throw new IllegalStateException("Neo4j-Migrations did not reach version " + MIGRATIONS + ": " + applied[0]);
		}
		migrations.clean(true);
		bench.raw().autoCommitEach(downgradeStatements());
		requireEmptySchema("Neo4j-Migrations clean-up");
		return seconds;
	}

	private Path writeCypherFiles() {
		try {
			Path dir = Files.createDirectories(bench.scratch().resolve("neo4j-migrations"));
			for (int i = 0; i < steps.size(); i++) {
				Files.writeString(dir.resolve(String.format(Locale.ROOT, "V%03d__schema_%02d.cypher", i + 1, i + 1)),
						steps.get(i).upgradeCypher() + ";" + System.lineSeparator());
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the Neo4j-Migrations files: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A round that left schema behind would make the next one do less work: fail instead.
	 */
	private void requireEmptySchema(String after) {
		// Crochet's lock constraint and Neo4j-Migrations' own schema may stay: only the
		// chain's labels count.
		String ours = " WHERE any(l IN coalesce(labelsOrTypes, []) WHERE l STARTS WITH 'Unique' OR l STARTS WITH 'Indexed')"
				+ " RETURN count(*)";
		long constraints = bench.raw().count("SHOW CONSTRAINTS YIELD labelsOrTypes" + ours);
		long indexes = bench.raw().count("SHOW INDEXES YIELD labelsOrTypes" + ours);
		if (constraints != 0 || indexes != 0) {
			throw new IllegalStateException(
					"after " + after + " " + constraints + " constraints and " + indexes + " indexes are left");
		}
	}

}
