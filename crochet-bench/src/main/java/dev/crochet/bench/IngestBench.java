package dev.crochet.bench;

import dev.crochet.Crochet;
import dev.crochet.NodeMatch;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.CreateNodes;
import dev.crochet.cypher.CreateRelationships;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workloads (b) and (c): ingest {@code rows} nodes, then {@code rows} relationships matched on a
 * unique-constrained {@code id}, then delete the node batch (relationships go with it).
 *
 * <p>The raw driver streams the same lazily generated rows with {@code UNWIND}, once per batch size
 * (1,000 / 10,000 / 50,000 rows per {@code executeWrite}); its best time per step is the one
 * compared. Both sides write the same data, including the batch tag, against the same schema: the
 * unique constraint plus the batch indexes Crochet creates (the raw side creates them untimed).
 */
final class IngestBench {

	static final int[] BATCH_SIZES = { 1_000, 10_000, 50_000 };

	private static final String LABEL = "Node";

	private static final String TYPE = "LINK";

	private static final NodeMatch BY_ID = NodeMatch.of(LABEL, "id");

	private static final String RAW_NODES = "UNWIND $rows AS row CREATE (n:Node) SET n = row, n._crochet_batch = $batch";

	private static final String RAW_RELATIONSHIPS = "UNWIND $rows AS row MATCH (a:Node {id: row.from})"
			+ " MATCH (b:Node {id: row.to}) CREATE (a)-[r:LINK]->(b) SET r.weight = row.weight, r._crochet_batch = $batch";

	private static final String RAW_DELETE = "MATCH (n:Node) WHERE n._crochet_batch = $batch"
			+ " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

	/** Best (lowest) time of one step and the variant that achieved it. */
	private static final class Best {

		double seconds = Double.MAX_VALUE;

		String variant;

		HeapWatch.Peak heap = new HeapWatch.Peak(0, 0);

		void offer(double candidate, String name, HeapWatch.Peak peak) {
			if (candidate < seconds) {
				seconds = candidate;
				variant = name;
			}
			heap = heap.max(peak);
		}
	}

	private final Workbench bench;

	private final long rows;

	IngestBench(Workbench bench, long rows) {
		this.bench = bench;
		this.rows = rows;
	}

	List<Measurement> run(HeapWatch heap) {
		long warmUpRows = Math.min(rows, 20_000);
		rawRound(warmUpRows, 10_000, heap, new Best(), new Best(), new Best());
		crochetRound(warmUpRows, heap, new Best(), new Best(), new Best());
		System.out.printf(Locale.ROOT, "  ingest warm-up done (%,d rows each side)%n", warmUpRows);

		Best rawNodes = new Best();
		Best rawRelationships = new Best();
		Best rawDelete = new Best();
		for (int batchSize : BATCH_SIZES) {
			rawRound(rows, batchSize, heap, rawNodes, rawRelationships, rawDelete);
		}
		Best crochetNodes = new Best();
		Best crochetRelationships = new Best();
		Best crochetDelete = new Best();
		crochetRound(rows, heap, crochetNodes, crochetRelationships, crochetDelete);

		String n = String.format(Locale.ROOT, "%,d", rows);
		return List.of(
				measurement("createNodes " + n, rawNodes, crochetNodes, Target.THROUGHPUT_AT_LEAST_0_85),
				measurement("createRelationships " + n, rawRelationships, crochetRelationships,
						Target.THROUGHPUT_AT_LEAST_0_85),
				measurement("deleteNodesByBatch " + n + " (+rels)", rawDelete, crochetDelete, Target.TIME_AT_MOST_1_3));
	}

	private Measurement measurement(String workload, Best raw, Best crochet, Target target) {
		return new Measurement(workload, rows, raw.seconds, raw.variant, crochet.seconds, null, target,
				raw.heap.max(crochet.heap));
	}

	private void rawRound(long count, int batchSize, HeapWatch heap, Best nodes, Best relationships, Best delete) {
		bench.cleanDatabase();
		RawCypher raw = bench.raw();
		raw.autoCommit(new AddUniqueConstraint(LABEL, "id").statements().get(0).cypher(), Map.of());
		raw.autoCommit(new CreateNodes(LABEL, List.of(), "schema").statements().get(0).cypher(), Map.of());
		raw.autoCommit(new CreateRelationships(TYPE, BY_ID, BY_ID, List.of(), "schema").statements().get(0).cypher(), Map.of());
		raw.awaitIndexes();
		String batch = "raw-" + batchSize;
		String variant = String.format(Locale.ROOT, "UNWIND %,d/tx", batchSize);

		heap.reset();
		double seconds = Timing.seconds(() -> raw.unwind(RAW_NODES, Rows.nodes(count), batchSize, Map.of("batch", batch)));
		nodes.offer(seconds, variant, heap.peak());
		requireCount("MATCH (n:Node) RETURN count(n)", count, "raw nodes");
		report("raw", "createNodes", variant, count, seconds);

		heap.reset();
		seconds = Timing.seconds(() -> raw.unwind(RAW_RELATIONSHIPS, Rows.relationships(count, count), batchSize,
				Map.of("batch", batch)));
		relationships.offer(seconds, variant, heap.peak());
		requireCount("MATCH ()-[r:LINK]->() RETURN count(r)", count, "raw relationships");
		report("raw", "createRelationships", variant, count, seconds);

		heap.reset();
		seconds = Timing.seconds(() -> raw.autoCommit(RAW_DELETE, Map.of("batch", batch)));
		delete.offer(seconds, "IN TRANSACTIONS 10,000", heap.peak());
		requireCount("MATCH (n:Node) RETURN count(n)", 0, "raw delete");
		report("raw", "delete batch", "IN TRANSACTIONS 10,000", count, seconds);
	}

	private void crochetRound(long count, HeapWatch heap, Best nodes, Best relationships, Best delete) {
		bench.cleanDatabase();
		List<dev.crochet.migration.ResolvedMigration> chain = new BenchChain()
			.add("0001_node_id", ctx -> ctx.addUniqueConstraint(LABEL, "id"), ctx -> ctx.dropUniqueConstraint(LABEL, "id"))
			.add("0002_nodes", ctx -> {
				ctx.beginBatch("nodes");
				ctx.createNodes(LABEL, Rows.nodes(count));
			})
			.add("0003_links", ctx -> {
				ctx.beginBatch("links");
				ctx.createRelationships(TYPE, BY_ID, BY_ID, Rows.relationships(count, count));
			})
			.add("0004_delete_nodes", ctx -> ctx.deleteNodesByBatch(LABEL, "nodes"))
			.migrations();
		try (Crochet crochet = bench.crochet(chain)) {
			crochet.upgrade("0001_node_id");
			bench.raw().awaitIndexes();

			heap.reset();
			double seconds = Timing.seconds(() -> crochet.upgrade("0002_nodes"));
			nodes.offer(seconds, "chunk 10,000", heap.peak());
			requireCount("MATCH (n:Node) RETURN count(n)", count, "Crochet createNodes");
			report("Crochet", "createNodes", "", count, seconds);

			heap.reset();
			seconds = Timing.seconds(() -> crochet.upgrade("0003_links"));
			relationships.offer(seconds, "chunk 10,000", heap.peak());
			requireCount("MATCH ()-[r:LINK]->() RETURN count(r)", count, "Crochet createRelationships");
			report("Crochet", "createRelationships", "", count, seconds);

			heap.reset();
			seconds = Timing.seconds(() -> crochet.upgrade("0004_delete_nodes"));
			delete.offer(seconds, "", heap.peak());
			requireCount("MATCH (n:Node) RETURN count(n)", 0, "Crochet deleteNodesByBatch");
			report("Crochet", "deleteNodesByBatch", "", count, seconds);
		}
	}

	private void requireCount(String cypher, long expected, String after) {
		long actual = bench.raw().count(cypher);
		if (actual != expected) {
			throw new IllegalStateException("after " + after + ": expected " + expected + " but counted " + actual);
		}
	}

	static void report(String side, String step, String variant, long count, double seconds) {
		System.out.printf(Locale.ROOT, "  %-8s %-20s %-22s %,10d rows %8.3f s %,10.0f rows/s%n", side, step, variant, count,
				seconds, count / seconds);
	}
}
