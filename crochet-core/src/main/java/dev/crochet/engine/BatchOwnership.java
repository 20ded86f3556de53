package dev.crochet.engine;

import dev.crochet.Direction;
import dev.crochet.ValidationException;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.DeleteNodesByBatch;
import dev.crochet.cypher.DeleteRelationshipsByBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.LedgerView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A batch belongs to the one revision that began it. The batch tag is all the graph knows
 * of where an entity came from, so a tag shared by two revisions would let one revision's
 * undo or downgrade delete the other's data, and let the ledger's count of one hide the
 * loss of the other's. A run is refused before anything runs when a revision begins a
 * batch that another revision recorded (in any state), or that an earlier run of the same
 * revision left in the graph; a downgrade may delete only its own revision's batches.
 */
final class BatchOwnership {

	private BatchOwnership() {
	}

	/**
	 * Refuses the planned revisions when one of them would write or delete a batch that
	 * is not its own.
	 */
	static void refuseForeignBatches(List<RevisionPlan> plans, LedgerView ledger, Graph graph) {
		Map<String, String> begunBy = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		List<String> leftovers = new ArrayList<>();
		for (RevisionPlan plan : plans) {
			String revision = plan.revision();
			for (Operation operation : plan.operations()) {
				if (operation instanceof BeginBatch begin) {
					String id = begin.batchId();
					String earlier = begunBy.putIfAbsent(id, revision);
					if (earlier != null && !earlier.equals(revision)) {
						problems.add("Revisions " + earlier + " and " + revision + " both begin batch " + id);
						continue;
					}
					ledger.batch(id).ifPresent(recorded -> {
						if (!recorded.migrationId().equals(revision)) {
							problems.add("Revision " + revision + " begins batch " + id + ", which revision "
									+ recorded.migrationId() + " already recorded (" + recorded.status() + ")");
						}
						else if (plan.direction() == Direction.UPGRADE) {
							leftOver(recorded, revision, ledger, graph).ifPresent(leftovers::add);
						}
					});
				}
				else if (plan.direction() == Direction.DOWNGRADE) {
					deletedBatch(operation).flatMap(ledger::batch)
						.filter(recorded -> !recorded.migrationId().equals(revision))
						.ifPresent(recorded -> problems.add("The downgrade of " + revision + " deletes batch "
								+ recorded.batchId() + ", which belongs to revision " + recorded.migrationId()));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException("A batch belongs to the one revision that begins it; nothing was run:"
					+ System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems)
					+ System.lineSeparator() + "Give each revision's batches ids of their own.");
		}
		if (!leftovers.isEmpty()) {
			throw new ValidationException(String.join(System.lineSeparator(), leftovers) + " Nothing was run.");
		}
	}

	/**
	 * Entities of {@code revision}'s own batch that an earlier run left in the graph (a
	 * downgrade that did not delete them, or a ledger written before deletes were
	 * proven): loading the batch again would double them. Counted through the batch's own
	 * indexes, and through the whole graph only when those find none of a batch the
	 * ledger does not record as deleted.
	 */
	private static Optional<String> leftOver(BatchRecord recorded, String revision, LedgerView ledger, Graph graph) {
		String id = recorded.batchId();
		long left = BatchCensus.countThrough(graph, id, ledger.batchTargets(id));
		if (left == 0 && recorded.status() != BatchStatus.DELETED) {
			left = BatchCensus.countEverywhere(graph, id);
		}
		if (left == 0) {
			return Optional.empty();
		}
		return Optional.of("Revision " + revision + " begins batch " + id + ", but the graph still holds " + left
				+ " of its entities from an earlier run (the ledger records the batch as " + recorded.status()
				+ "): loading it again would double them. Delete them first: " + deleteHint(id) + ".");
	}

	private static String deleteHint(String batchId) {
		return "MATCH (n) WHERE n." + Internal.BATCH_PROPERTY + " = '" + batchId.replace("'", "\\'")
				+ "' DETACH DELETE n";
	}

	private static Optional<String> deletedBatch(Operation operation) {
		if (operation instanceof DeleteNodesByBatch delete) {
			return Optional.of(delete.batchId());
		}
		if (operation instanceof DeleteRelationshipsByBatch delete) {
			return Optional.of(delete.batchId());
		}
		return Optional.empty();
	}

	/**
	 * What {@code verify} finds wrong with who owns which batch: a batch id that two
	 * revisions of the chain begin, a batch of an applied revision recorded for another,
	 * and a batch still committed for a revision that is no longer applied.
	 * @param declared each applied revision's upgrade operations
	 */
	static List<String> problems(Map<String, List<Operation>> declared, Set<String> applied, LedgerView ledger) {
		List<String> problems = new ArrayList<>();
		Map<String, String> begunBy = new LinkedHashMap<>();
		declared.forEach((revision, operations) -> operations.stream()
			.filter(BeginBatch.class::isInstance)
			.map(o -> ((BeginBatch) o).batchId())
			.forEach(id -> {
				String earlier = begunBy.putIfAbsent(id, revision);
				if (earlier != null && !earlier.equals(revision)) {
					problems.add("Batch " + id + " is begun by both " + earlier + " and " + revision
							+ ": the graph cannot tell their entities apart");
				}
				else if (earlier == null) {
					ledger.batch(id)
						.filter(recorded -> !recorded.migrationId().equals(revision))
						.ifPresent(recorded -> problems.add("Batch " + id + " is begun by " + revision
								+ " but the ledger records it for " + recorded.migrationId()));
				}
			}));
		for (BatchRecord batch : ledger.batches()) {
			if (batch.status() == BatchStatus.COMMITTED && !applied.contains(batch.migrationId())) {
				problems.add("Batch " + batch.batchId() + " (revision " + batch.migrationId()
						+ ") is recorded as committed, but " + batch.migrationId()
						+ " is not applied: its downgrade did not delete it");
			}
		}
		return problems;
	}

}
