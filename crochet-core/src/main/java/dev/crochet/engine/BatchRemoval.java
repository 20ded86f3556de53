package dev.crochet.engine;

import dev.crochet.cypher.DeleteNodesByBatch;
import dev.crochet.cypher.DeleteRelationshipsByBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.Statement;
import dev.crochet.cypher.StatementKind;
import dev.crochet.ledger.BatchTarget;
import dev.crochet.ledger.LedgerView;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes every entity of one batch, wherever it is: what a failed run's undo and a
 * recovery do to the batches the revision began. A batch id belongs to one revision (the
 * engine refuses a second), so the tag deletes only what that revision wrote.
 */
final class BatchRemoval {

	private BatchRemoval() {
	}

	/** The labels and types the operations declare for {@code batchId}. */
	static List<BatchTarget> planned(List<Operation> operations, String batchId) {
		return operations.stream()
			.map(BatchTargets::of)
			.flatMap(Optional::stream)
			.filter(t -> t.batchId().equals(batchId))
			.map(BatchTargets.Touch::target)
			.toList();
	}

	/**
	 * Deletes every entity tagged {@code batchId}, in chunks: through the recorded and
	 * planned labels and types first (their batch indexes), then a sweep of the whole
	 * graph for whatever a label rename or an unrecorded target put elsewhere.
	 * @return how many entities there were
	 */
	static long remove(Graph graph, LedgerView ledger, String batchId, List<BatchTarget> planned) {
		long before = BatchCensus.countEverywhere(graph, batchId);
		if (before == 0) {
			return 0;
		}
		Set<BatchTarget> targets = new LinkedHashSet<>(ledger.batchTargets(batchId));
		targets.addAll(planned);
		// Relationships first, through their type's batch index; then nodes (DETACH takes
		// the rest): the same deletes a downgrade declares.
		List<Operation> deletes = new ArrayList<>();
		targets.stream()
			.filter(t -> t.kind() == BatchTarget.Kind.RELATIONSHIP)
			.forEach(t -> deletes.add(new DeleteRelationshipsByBatch(t.name(), batchId, graph.chunkSize())));
		targets.stream()
			.filter(t -> t.kind() == BatchTarget.Kind.NODE)
			.forEach(t -> deletes.add(new DeleteNodesByBatch(t.name(), batchId, graph.chunkSize())));
		deletes.forEach(delete -> delete.statements().forEach(s -> graph.execute(s, rows -> {
		})));
		sweep(graph, "MATCH ()-[r]->() WHERE r." + Internal.BATCH_PROPERTY + " = $batch CALL (r) { DELETE r }",
				batchId);
		sweep(graph, "MATCH (n) WHERE n." + Internal.BATCH_PROPERTY + " = $batch CALL (n) { DETACH DELETE n }",
				batchId);
		return before;
	}

	private static void sweep(Graph graph, String cypher, String batchId) {
		graph.execute(new Statement(cypher + " IN TRANSACTIONS OF " + graph.chunkSize() + " ROWS",
				Map.of("batch", batchId), StatementKind.AUTO_COMMIT, null), rows -> {
				});
	}

}
