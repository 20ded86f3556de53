package dev.crochet.bench;

import dev.crochet.Crochet;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workload (d): {@code renameLabel} and {@code renameNodeProperty} on {@code rows} nodes. The raw
 * driver runs the same chunked statement at 10,000 and at 50,000 rows per inner transaction (each
 * renames one way, the next back, so both see the same graph); its best time is the one compared.
 * The nodes carry no Crochet index, so Crochet's label rename has no index to move along.
 */
final class RenameBench {

	private static final int[] CHUNKS = { 10_000, 50_000 };

	private final Workbench bench;

	private final long rows;

	RenameBench(Workbench bench, long rows) {
		this.bench = bench;
		this.rows = rows;
	}

	List<Measurement> run(HeapWatch heap) {
		long warmUpRows = Math.min(rows, 20_000);
		round(warmUpRows, heap);
		System.out.printf(Locale.ROOT, "  rename warm-up done (%,d nodes)%n", warmUpRows);
		return round(rows, heap);
	}

	private List<Measurement> round(long count, HeapWatch heap) {
		bench.cleanDatabase();
		bench.raw().unwind("UNWIND $rows AS row CREATE (n:Item) SET n = row", Rows.nodes(count), 10_000, Map.of());
		String n = String.format(Locale.ROOT, "%,d", count);

		// label: raw Item -> Product -> Item, then Crochet Item -> Product
		heap.reset();
		double[] rawLabel = new double[CHUNKS.length];
		for (int i = 0; i < CHUNKS.length; i++) {
			String from = i % 2 == 0 ? "Item" : "Product";
			String to = i % 2 == 0 ? "Product" : "Item";
			int chunk = CHUNKS[i];
			rawLabel[i] = Timing.seconds(() -> bench.raw().autoCommit("MATCH (n:" + from + ") CALL (n) { SET n:" + to
					+ " REMOVE n:" + from + " }" + inTransactions(chunk), Map.of()));
			requireCount("MATCH (n:" + to + ") RETURN count(n)", count, "raw label rename");
			IngestBench.report("raw", "renameLabel", chunk(CHUNKS[i]), count, rawLabel[i]);
		}
		if (CHUNKS.length % 2 == 1) {
			bench.raw().autoCommit("MATCH (n:Product) CALL (n) { SET n:Item REMOVE n:Product }" + inTransactions(10_000), Map.of());
		}
		List<dev.crochet.migration.ResolvedMigration> chain = new BenchChain()
			.add("0001_rename_label", ctx -> ctx.renameLabel("Item", "Product"), ctx -> ctx.renameLabel("Product", "Item"))
			.add("0002_rename_property", ctx -> ctx.renameNodeProperty("Product", "name", "title"),
					ctx -> ctx.renameNodeProperty("Product", "title", "name"))
			.migrations();
		try (Crochet crochet = bench.crochet(chain)) {
			double crochetLabel = Timing.seconds(() -> crochet.upgrade("0001_rename_label"));
			requireCount("MATCH (n:Product) RETURN count(n)", count, "Crochet renameLabel");
			IngestBench.report("Crochet", "renameLabel", "", count, crochetLabel);
			HeapWatch.Peak labelHeap = heap.peak();

			// property: raw name -> title -> name on Product, then Crochet name -> title
			heap.reset();
			double[] rawProperty = new double[CHUNKS.length];
			for (int i = 0; i < CHUNKS.length; i++) {
				String from = i % 2 == 0 ? "name" : "title";
				String to = i % 2 == 0 ? "title" : "name";
				int chunk = CHUNKS[i];
				rawProperty[i] = Timing.seconds(() -> bench.raw().autoCommit("MATCH (n:Product) WHERE n." + from
						+ " IS NOT NULL CALL (n) { SET n." + to + " = n." + from + " REMOVE n." + from + " }" + inTransactions(chunk),
						Map.of()));
				requireCount("MATCH (n:Product) WHERE n." + to + " IS NOT NULL RETURN count(n)", count, "raw property rename");
				IngestBench.report("raw", "renameNodeProperty", chunk(chunk), count, rawProperty[i]);
			}
			if (CHUNKS.length % 2 == 1) {
				bench.raw().autoCommit("MATCH (n:Product) CALL (n) { SET n.name = n.title REMOVE n.title }" + inTransactions(10_000),
						Map.of());
			}
			double crochetProperty = Timing.seconds(() -> crochet.upgrade("0002_rename_property"));
			requireCount("MATCH (n:Product) WHERE n.title IS NOT NULL RETURN count(n)", count, "Crochet renameNodeProperty");
			IngestBench.report("Crochet", "renameNodeProperty", "", count, crochetProperty);
			HeapWatch.Peak propertyHeap = heap.peak();

			int bestLabel = best(rawLabel);
			int bestProperty = best(rawProperty);
			return List.of(
					new Measurement("renameLabel " + n, count, rawLabel[bestLabel], chunk(CHUNKS[bestLabel]), crochetLabel, null,
							Target.TIME_AT_MOST_1_3, labelHeap),
					new Measurement("renameNodeProperty " + n, count, rawProperty[bestProperty], chunk(CHUNKS[bestProperty]),
							crochetProperty, null, Target.TIME_AT_MOST_1_3, propertyHeap));
		}
	}

	private static int best(double[] seconds) {
		int best = 0;
		for (int i = 1; i < seconds.length; i++) {
			if (seconds[i] < seconds[best]) {
				best = i;
			}
		}
		return best;
	}

	private static String inTransactions(int chunk) {
		return " IN TRANSACTIONS OF " + chunk + " ROWS";
	}

	private static String chunk(int chunk) {
		return String.format(Locale.ROOT, "IN TX OF %,d", chunk);
	}

	private void requireCount(String cypher, long expected, String after) {
		long actual = bench.raw().count(cypher);
		if (actual != expected) {
			throw new IllegalStateException("after " + after + ": expected " + expected + " but counted " + actual);
		}
	}
}
