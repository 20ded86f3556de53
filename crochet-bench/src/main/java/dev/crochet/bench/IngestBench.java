package dev.crochet.bench;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.NodeMatch;
import dev.crochet.ProgressListener;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.CreateNodes;
import dev.crochet.cypher.CreateRelationships;
import dev.crochet.migration.ResolvedMigration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workloads (b) and (c): ingest {@code rows} nodes, then {@code rows} relationships
 * matched on a unique-constrained {@code id}, then delete the node batch (its
 * relationships go with it).
 *
 * <p>
 * The raw driver streams the same lazily generated rows with {@code UNWIND}, one
 * {@code executeWrite} per batch. Its batch size is chosen first: 1,000, 5,000, 10,000
 * and 50,000 rows per transaction are each tried on a fifth of the rows, and the fastest
 * (for nodes and for relationships separately) then does the full run. Crochet uses its
 * default chunk ({@link Crochet#DEFAULT_CHUNK_SIZE}). Both sides write the same data,
 * batch tag included, against the same schema: the unique constraint plus the batch
 * indexes Crochet creates (the raw side creates them, untimed, first).
 */
final class IngestBench {

	static final int[] BATCH_SIZES = { 1_000, 5_000, 10_000, 50_000 };

	private static final String CROCHET_CHUNK = String.format(Locale.ROOT, "chunk %,d", Crochet.DEFAULT_CHUNK_SIZE);

	private static final String LABEL = "Node";

	private static final String TYPE = "LINK";

	private static final NodeMatch BY_ID = NodeMatch.of(LABEL, "id");

	private static final String RAW_NODES = "UNWIND $rows AS row CREATE (n:Node) SET n = row, n._crochet_batch = $batch";

	private static final String RAW_RELATIONSHIPS = "UNWIND $rows AS row MATCH (a:Node {id: row.from})"
			+ " MATCH (b:Node {id: row.to}) CREATE (a)-[r:LINK]->(b) SET r.weight = row.weight, r._crochet_batch = $batch";

	private static final String RAW_DELETE = "MATCH (n:Node) WHERE n._crochet_batch = $batch"
			+ " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

	/** What one round of either side measured. */
	private record Round(Run nodes, Run relationships, Run delete) {
	}

	private final Workbench bench;

	private final long rows;

	private final List<LedgerStore> stores;

	IngestBench(Workbench bench, long rows, List<LedgerStore> stores) {
		this.bench = bench;
		this.rows = rows;
		this.stores = List.copyOf(stores);
	}

	List<Measurement> run(HeapWatch heap) {
		long warmUpRows = Math.min(rows, 20_000);
		rawRound(warmUpRows, 10_000, 10_000, heap);
		stores.forEach(store -> crochetRound(warmUpRows, heap, store));
		System.out.printf(Locale.ROOT, "  ingest warm-up done (%,d rows each side)%n", warmUpRows);

		long probeRows = Math.max(warmUpRows, rows / 5);
		int bestNodes = 0;
		int bestRelationships = 0;
		double[] nodeSeconds = new double[BATCH_SIZES.length];
		double[] relationshipSeconds = new double[BATCH_SIZES.length];
		for (int i = 0; i < BATCH_SIZES.length; i++) {
			Round probe = rawRound(probeRows, BATCH_SIZES[i], BATCH_SIZES[i], heap);
			nodeSeconds[i] = probe.nodes().seconds();
			relationshipSeconds[i] = probe.relationships().seconds();
			bestNodes = nodeSeconds[i] < nodeSeconds[bestNodes] ? i : bestNodes;
			bestRelationships = relationshipSeconds[i] < relationshipSeconds[bestRelationships] ? i : bestRelationships;
		}
		System.out.printf(Locale.ROOT, "  raw batch size chosen on %,d rows: nodes %,d, relationships %,d%n", probeRows,
				BATCH_SIZES[bestNodes], BATCH_SIZES[bestRelationships]);

		Round raw = rawRound(rows, BATCH_SIZES[bestNodes], BATCH_SIZES[bestRelationships], heap);
		Map<LedgerStore, Round> crochet = new EnumMap<>(LedgerStore.class);
		stores.forEach(store -> crochet.put(store, crochetRound(rows, heap, store)));
		String n = String.format(Locale.ROOT, "%,d", rows);
		List<Measurement> measurements = new ArrayList<>();
		crochet.forEach((store, round) -> {
			String label = stores.size() > 1 ? " (" + store.name().toLowerCase(Locale.ROOT) + ")" : "";
			measurements.add(new Measurement("createNodes " + n + label, rows, raw.nodes(), round.nodes(), null,
					Target.THROUGHPUT_AT_LEAST_0_85));
			measurements.add(new Measurement("createRelationships " + n + label, rows, raw.relationships(),
					round.relationships(), null, Target.THROUGHPUT_AT_LEAST_0_85));
			measurements.add(new Measurement("deleteNodesByBatch " + n + " +rels" + label, rows, raw.delete(),
					round.delete(), null, Target.TIME_AT_MOST_1_3));
		});
		if (stores.size() > 1) {
			Round file = crochet.get(LedgerStore.FILE);
			Round graph = crochet.get(LedgerStore.GRAPH);
			measurements.add(new Measurement("createNodes: graph / file ledger", rows,
					SchemaChainBench.asFileLedger(file.nodes()), graph.nodes(), null,
					Target.GRAPH_LEDGER_AT_MOST_1_05));
			measurements.add(new Measurement("createRels: graph / file ledger", rows,
					SchemaChainBench.asFileLedger(file.relationships()), graph.relationships(), null, Target.NONE));
			measurements.add(new Measurement("deleteByBatch: graph / file ledger", rows,
					SchemaChainBench.asFileLedger(file.delete()), graph.delete(), null, Target.NONE));
		}
		return measurements;
	}

	private Round rawRound(long count, int nodeBatch, int relationshipBatch, HeapWatch heap) {
		bench.cleanDatabase();
		RawCypher raw = bench.raw();
		raw.autoCommit(new AddUniqueConstraint(LABEL, "id").statements().get(0).cypher(), Map.of());
		raw.autoCommit(new CreateNodes(LABEL, List.of(), "schema").statements().get(0).cypher(), Map.of());
		raw.autoCommit(new CreateRelationships(TYPE, BY_ID, BY_ID, List.of(), "schema").statements().get(0).cypher(),
				Map.of());
		raw.awaitIndexes();
		String batch = "raw";

		heap.reset();
		String variant = String.format(Locale.ROOT, "UNWIND %,d/tx", nodeBatch);
		Timing.Sample sample = Timing
			.measure(() -> raw.unwind(RAW_NODES, Rows.nodes(count), nodeBatch, Map.of("batch", batch)));
		Run nodes = Run.of(sample, variant, heap.peak());
		requireCount("MATCH (n:Node) RETURN count(n)", count, "raw nodes");
		report("raw", "createNodes", variant, count, sample);

		heap.reset();
		variant = String.format(Locale.ROOT, "UNWIND %,d/tx", relationshipBatch);
		sample = Timing.measure(() -> raw.unwind(RAW_RELATIONSHIPS, Rows.relationships(count, count), relationshipBatch,
				Map.of("batch", batch)));
		Run relationships = Run.of(sample, variant, heap.peak());
		requireCount("MATCH ()-[r:LINK]->() RETURN count(r)", count, "raw relationships");
		report("raw", "createRelationships", variant, count, sample);

		heap.reset();
		sample = Timing.measure(() -> raw.autoCommit(RAW_DELETE, Map.of("batch", batch)));
		Run delete = Run.of(sample, "IN TX OF 10,000", heap.peak());
		requireCount("MATCH (n:Node) RETURN count(n)", 0, "raw delete");
		report("raw", "delete batch", "IN TX OF 10,000", count, sample);
		return new Round(nodes, relationships, delete);
	}

	private Round crochetRound(long count, HeapWatch heap, LedgerStore store) {
		bench.cleanDatabase();
		List<ResolvedMigration> chain = new BenchChain()
			.add("0001_node_id", ctx -> ctx.addUniqueConstraint(LABEL, "id"),
					ctx -> ctx.dropUniqueConstraint(LABEL, "id"))
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
		try (Crochet crochet = bench.crochet(chain, new ProgressListener() {
		}, store)) {
			crochet.upgrade("0001_node_id");
			bench.raw().awaitIndexes();
			String side = stores.size() > 1 ? "/" + store.name().toLowerCase(Locale.ROOT) : "";

			heap.reset();
			Timing.Sample sample = Timing.measure(() -> crochet.upgrade("0002_nodes"));
			Run nodes = Run.of(sample, "", heap.peak());
			requireCount("MATCH (n:Node) RETURN count(n)", count, "Crochet createNodes");
			report("Crochet" + side, "createNodes", CROCHET_CHUNK, count, sample);

			heap.reset();
			sample = Timing.measure(() -> crochet.upgrade("0003_links"));
			Run relationships = Run.of(sample, "", heap.peak());
			requireCount("MATCH ()-[r:LINK]->() RETURN count(r)", count, "Crochet createRelationships");
			report("Crochet" + side, "createRelationships", CROCHET_CHUNK, count, sample);

			heap.reset();
			sample = Timing.measure(() -> crochet.upgrade("0004_delete_nodes"));
			Run delete = Run.of(sample, "", heap.peak());
			requireCount("MATCH (n:Node) RETURN count(n)", 0, "Crochet deleteNodesByBatch");
			report("Crochet" + side, "deleteNodesByBatch",
					String.format(Locale.ROOT, "IN TX OF %,d", Crochet.DEFAULT_CHUNK_SIZE), count, sample);
			return new Round(nodes, relationships, delete);
		}
	}

	private void requireCount(String cypher, long expected, String after) {
		long actual = bench.raw().count(cypher);
		if (actual != expected) {
			throw new IllegalStateException("after " + after + ": expected " + expected + " but counted " + actual);
		}
	}

	static void report(String side, String step, String variant, long count, Timing.Sample sample) {
		System.out.printf(Locale.ROOT, "  %-8s %-20s %-16s %,10d rows %8.2f s (cpu %7.2f s) %,10.0f rows/s%n", side,
				step, variant, count, sample.seconds(), sample.cpuSeconds(), count / sample.seconds());
	}

}
