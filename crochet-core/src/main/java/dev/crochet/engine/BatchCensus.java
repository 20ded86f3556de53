package dev.crochet.engine;

import dev.crochet.BatchCount;
import dev.crochet.cypher.CypherNames;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.BatchTarget;
import dev.crochet.ledger.LedgerView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts each batch's entities in the graph by their batch tag and sets the count beside
 * what the ledger records: {@code verify} trusts data only when the two agree. Counting
 * goes through the batch indexes of the labels and types the ledger recorded for the
 * batch; only when that count disagrees (or none were recorded: a ledger older than the
 * journal) does it scan the whole graph, so a label renamed since the load or a node
 * carrying two recorded labels is never miscounted.
 */
public final class BatchCensus {

	private BatchCensus() {
	}

	/** Every batch of the ledger, in creation order, counted in {@code graph}. */
	public static List<BatchCount> take(Graph graph, LedgerView ledger) {
		List<BatchCount> counts = new ArrayList<>();
		for (BatchRecord batch : ledger.batches()) {
			List<BatchTarget> targets = ledger.batchTargets(batch.batchId());
			long expected = batch.status() == BatchStatus.DELETED ? 0 : batch.recordCount();
			long found = targets.isEmpty() ? -1 : countThrough(graph, batch.batchId(), targets);
			if (found != expected || batch.status() == BatchStatus.OPEN) {
				found = countEverywhere(graph, batch.batchId());
			}
			counts.add(new BatchCount(batch, found));
		}
		return counts;
	}

	/**
	 * Entities tagged {@code batchId} under the given labels and types, each node counted
	 * once.
	 */
	static long countThrough(Graph graph, String batchId, List<BatchTarget> targets) {
		long total = 0;
		List<String> earlierLabels = new ArrayList<>();
		for (BatchTarget target : targets) {
			String cypher = target.kind() == BatchTarget.Kind.NODE
					? "MATCH (n:" + CypherNames.escape(target.name(), "label") + ") WHERE n." + Internal.BATCH_PROPERTY
							+ " = $batch AND none(l IN labels(n) WHERE l IN $earlier) RETURN count(n) AS c"
					: "MATCH ()-[r:" + CypherNames.escape(target.name(), "relationship type") + "]->() WHERE r."
							+ Internal.BATCH_PROPERTY + " = $batch RETURN count(r) AS c";
			total += single(graph, cypher, Map.of("batch", batchId, "earlier", List.copyOf(earlierLabels)));
			if (target.kind() == BatchTarget.Kind.NODE) {
				earlierLabels.add(target.name());
			}
		}
		return total;
	}

	/**
	 * Entities tagged {@code batchId} anywhere: a scan of every node and relationship.
	 */
	static long countEverywhere(Graph graph, String batchId) {
		return nodesTagged(graph, batchId) + relationshipsTagged(graph, batchId);
	}

	/** Nodes tagged {@code batchId}, whatever their labels: a scan of every node. */
	public static long nodesTagged(Graph graph, String batchId) {
		return single(graph, "MATCH (n) WHERE n." + Internal.BATCH_PROPERTY + " = $batch RETURN count(n) AS c",
				Map.of("batch", batchId));
	}

	/**
	 * Relationships tagged {@code batchId}, whatever their types: a scan of every
	 * relationship.
	 */
	public static long relationshipsTagged(Graph graph, String batchId) {
		return single(graph, "MATCH ()-[r]->() WHERE r." + Internal.BATCH_PROPERTY + " = $batch RETURN count(r) AS c",
				Map.of("batch", batchId));
	}

	private static long single(Graph graph, String cypher, Map<String, Object> parameters) {
		return graph.query(cypher, parameters, r -> r.get("c").asLong()).get(0);
	}

}
