package dev.crochet.bench;

import dev.crochet.Crochet;
import dev.crochet.migration.ResolvedMigration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workload (d): {@code renameLabel} and {@code renameNodeProperty} on {@code rows} nodes.
 *
 * <p>
 * Each rename is done four times on the same graph, alternating direction so every run
 * sees the same work: Crochet's upgrade, the raw driver's chunked statement at 10,000 and
 * at 50,000 rows per inner transaction, then Crochet's downgrade (the same operation the
 * other way). Each side is represented by its best run. The nodes carry no Crochet index,
 * so the label rename has no index to move along.
 */
final class RenameBench {

	private static final int[] RAW_CHUNKS = { 10_000, 50_000 };

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
		Measurement label = measure("renameLabel " + n, count, heap,
				new BenchChain()
					.add("0001_rename_label", ctx -> ctx.renameLabel("Item", "Product"),
							ctx -> ctx.renameLabel("Product", "Item"))
					.migrations(),
				(forward, chunk) -> forward
						? "MATCH (n:Item) CALL (n) { SET n:Product REMOVE n:Item }" + inTransactions(chunk)
						: "MATCH (n:Product) CALL (n) { SET n:Item REMOVE n:Product }" + inTransactions(chunk),
				forward -> "MATCH (n:" + (forward ? "Product" : "Item") + ") RETURN count(n)");
		Measurement property = measure("renameNodeProperty " + n, count, heap,
				new BenchChain()
					.add("0001_rename_property", ctx -> ctx.renameNodeProperty("Item", "name", "title"),
							ctx -> ctx.renameNodeProperty("Item", "title", "name"))
					.migrations(),
				(forward, chunk) -> forward
						? "MATCH (n:Item) WHERE n.name IS NOT NULL CALL (n) { SET n.title = n.name REMOVE n.name }"
								+ inTransactions(chunk)
						: "MATCH (n:Item) WHERE n.title IS NOT NULL CALL (n) { SET n.name = n.title REMOVE n.title }"
								+ inTransactions(chunk),
				forward -> "MATCH (n:Item) WHERE n." + (forward ? "title" : "name") + " IS NOT NULL RETURN count(n)");
		return List.of(label, property);
	}

	/**
	 * The raw statement renaming forward (old to new name) or back, with a chunk size.
	 */
	private interface RawRename {

		String cypher(boolean forward, int chunk);

	}

	/** A count that equals the node count once a rename in that direction is complete. */
	private interface Check {

		String cypher(boolean forward);

	}

	/**
	 * Crochet forward, raw back and forth, Crochet back: each run sees the same graph.
	 */
	private Measurement measure(String workload, long count, HeapWatch heap, List<ResolvedMigration> chain,
			RawRename raw, Check check) {
		heap.reset();
		String step = workload.substring(0, workload.indexOf(' '));
		try (Crochet crochet = bench.crochet(chain)) {
			Timing.Sample up = Timing.measure(crochet::upgrade);
			requireCount(check.cypher(true), count, "Crochet " + workload);
			IngestBench.report("Crochet", step, "upgrade", count, up);
			HeapWatch.Peak crochetHeap = heap.peak();
			heap.reset();
			Run rawBest = Run.NONE;
			boolean forward = false;
			for (int chunk : RAW_CHUNKS) {
				boolean direction = forward;
				Timing.Sample sample = Timing
					.measure(() -> bench.raw().autoCommit(raw.cypher(direction, chunk), Map.of()));
				requireCount(check.cypher(direction), count, "raw " + workload);
				IngestBench.report("raw", step, chunk(chunk), count, sample);
				rawBest = rawBest.best(Run.of(sample, chunk(chunk), heap.peak()));
				forward = !forward;
			}
			if (forward) {
				// the last raw run renamed back: Crochet's downgrade needs the new name
				bench.raw().autoCommit(raw.cypher(true, 10_000), Map.of());
			}
			heap.reset();
			Timing.Sample down = Timing.measure(() -> crochet.downgrade(Crochet.BASE));
			requireCount(check.cypher(false), count, "Crochet downgrade of " + workload);
			IngestBench.report("Crochet", step, "downgrade", count, down);
			Run crochetBest = Run.of(up, "", crochetHeap).best(Run.of(down, "", heap.peak()));
			return new Measurement(workload, count, rawBest, crochetBest, null, Target.TIME_AT_MOST_1_3);
		}
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
