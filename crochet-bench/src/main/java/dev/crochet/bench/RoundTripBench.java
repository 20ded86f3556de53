package dev.crochet.bench;

import dev.crochet.Crochet;
import dev.crochet.NodeMatch;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.Fingerprint;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Workload (e): what the round trip's fingerprint costs on a large graph. Half the
 * entities are nodes and half relationships between them, loaded by one revision whose
 * downgrade deletes its batch. It times a fingerprint of the loaded graph alone (the
 * median of three) and a whole STEPWISE round trip of that revision (up, fingerprint,
 * down, fingerprint, up again, fingerprint), with the heap each took. There is no raw
 * side: nothing else fingerprints a graph, so the figures are compared across Crochet
 * versions (see the README).
 */
final class RoundTripBench {

	private static final String LABEL = "Node";

	private static final String TYPE = "LINK";

	private final Workbench bench;

	private final long entities;

	RoundTripBench(Workbench bench, long entities) {
		this.bench = bench;
		this.entities = entities;
	}

	void run(HeapWatch heap) {
		long nodes = entities / 2;
		long relationships = entities - nodes;
		bench.cleanDatabase();
		List<ResolvedMigration> chain = new BenchChain()
			.add("0001_node_id", ctx -> ctx.addUniqueConstraint(LABEL, "id"),
					ctx -> ctx.dropUniqueConstraint(LABEL, "id"))
			.add("0002_graph", ctx -> {
				ctx.beginBatch("graph");
				ctx.createNodes(LABEL, Rows.nodes(nodes));
				ctx.createRelationships(TYPE, NodeMatch.of(LABEL, "id"), NodeMatch.of(LABEL, "id"),
						Rows.relationships(relationships, nodes));
			}, ctx -> {
				ctx.deleteRelationshipsByBatch(TYPE, "graph");
				ctx.deleteNodesByBatch(LABEL, "graph");
			})
			.migrations();
		try (Crochet crochet = bench.crochet(chain)) {
			crochet.upgrade("0001_node_id");
			bench.raw().awaitIndexes();
			crochet.upgrade("0002_graph");

			List<Double> wall = new ArrayList<>();
			List<Double> cpu = new ArrayList<>();
			HeapWatch.Peak fingerprintHeap = null;
			for (int i = 0; i < 3; i++) {
				heap.reset();
				Fingerprint[] print = new Fingerprint[1];
				Timing.Sample sample = Timing.measure(() -> print[0] = crochet.fingerprint());
				fingerprintHeap = heap.peak();
				wall.add(sample.seconds());
				cpu.add(sample.cpuSeconds());
				requireCount(print[0], "label :" + LABEL, nodes);
				requireCount(print[0], "relationship [:" + TYPE + "]", relationships);
			}
			System.out.printf(Locale.ROOT, "  fingerprint of %,d entities: median %.2f s (cpu %.2f s), heap %s%n",
					entities, Timing.median(wall), Timing.median(cpu), fingerprintHeap.describe());

			crochet.downgrade("0001_node_id");
			heap.reset();
			RoundTripReport[] report = new RoundTripReport[1];
			Timing.Sample sample = Timing
				.measure(() -> report[0] = crochet.roundTrip(RoundTripMode.STEPWISE, "0002_graph", List.of()));
			if (!report[0].leavesNoTrace()) {
				throw new IllegalStateException("the bench's own round trip failed:\n" + report[0].describe());
			}
			System.out.printf(Locale.ROOT, "  round trip (STEPWISE) of %,d entities: %.2f s (cpu %.2f s), heap %s%n",
					entities, sample.seconds(), sample.cpuSeconds(), heap.peak().describe());
		}
	}

	private static void requireCount(Fingerprint print, String subject, long expected) {
		long actual = print.counts().getOrDefault(subject, 0L);
		if (actual != expected) {
			throw new IllegalStateException(
					"fingerprint counted " + actual + " for " + subject + ", expected " + expected);
		}
	}

}
