package dev.crochet.mutation;

import dev.crochet.cypher.CypherNames;
import dev.crochet.cypher.DeleteNodesByBatch;
import dev.crochet.cypher.DeleteRelationshipsByBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.RunCypher;
import dev.crochet.cypher.SchemaNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Batch deletes that delete more or less than the batch: the mistakes that leave a
 * downgrade's data wrong. What no declared operation can express is raw Cypher, with the
 * label or type escaped and the batch ids as parameters, chunked as the original.
 */
final class BatchDeletes {

	private static final String BATCH = "n." + SchemaNames.BATCH_PROPERTY;

	private BatchDeletes() {
	}

	/**
	 * Every entity of the label or type, and those of every batch. (Those of every batch
	 * of the revision would be no mutant: a correct downgrade deletes all its revision's
	 * batches anyway.)
	 */
	static List<Replacement> widened(Operation operation) {
		Target target = Target.of(operation);
		if (target == null) {
			return List.of();
		}
		return List.of(
				target.delete("", Map.of(),
						"delete every " + target.name() + (target.nodes() ? " node" : " relationship")),
				target.delete(" WHERE " + target.batchProperty() + " IS NOT NULL", Map.of(),
						"delete the " + target.what() + " of every batch"));
	}

	/**
	 * Another batch of the revision, and all but one of the batch's entities. (A batch
	 * that does not exist would be no new mutant: deleting nothing is what the dropped
	 * operation's mutant does.)
	 * @param revisionBatches the batches the revision's upgrade begins
	 */
	static List<Replacement> narrowed(Operation operation, List<String> revisionBatches) {
		Target target = Target.of(operation);
		if (target == null) {
			return List.of();
		}
		List<Replacement> narrower = new ArrayList<>();
		revisionBatches.stream()
			.filter(b -> !b.equals(target.batchId()))
			.findFirst()
			.ifPresent(other -> narrower.add(Replacement.of(target.ofBatch(other))));
		// Ordered, so that the entity kept is the same on every run (the first created,
		// as ids are handed out).
		narrower.add(target.delete(
				" WHERE " + target.batchProperty() + " = $batch WITH " + target.variable() + " ORDER BY elementId("
						+ target.variable() + ") SKIP 1",
				Map.of("batch", target.batchId()),
				"delete all but one of the " + target.what() + " of batch " + target.batchId()));
		return narrower;
	}

	/** A node or relationship batch delete, taken apart. */
	private record Target(boolean nodes, String name, String batchId, int chunkSize) {

		static Target of(Operation operation) {
			if (operation instanceof DeleteNodesByBatch d) {
				return new Target(true, d.label(), d.batchId(), d.chunkSize());
			}
			if (operation instanceof DeleteRelationshipsByBatch d) {
				return new Target(false, d.type(), d.batchId(), d.chunkSize());
			}
			return null;
		}

		String what() {
			return name + (nodes ? " nodes" : " relationships");
		}

		String variable() {
			return nodes ? "n" : "r";
		}

		String batchProperty() {
			return nodes ? BATCH : "r." + SchemaNames.BATCH_PROPERTY;
		}

		Operation ofBatch(String batch) {
			return nodes ? new DeleteNodesByBatch(name, batch, chunkSize)
					: new DeleteRelationshipsByBatch(name, batch, chunkSize);
		}

		/**
		 * The original's statement with another {@code WHERE} clause (empty: every entity
		 * of the label or type).
		 */
		Replacement delete(String where, Map<String, Object> parameters, String description) {
			String match = nodes ? "MATCH (n:" + CypherNames.escape(name, "label") + ")"
					: "MATCH ()-[r:" + CypherNames.escape(name, "relationship type") + "]->()";
			String delete = nodes ? " CALL (n) { DETACH DELETE n }" : " CALL (r) { DELETE r }";
			return new Replacement(
					new RunCypher(match + where + delete + " IN TRANSACTIONS OF " + chunkSize + " ROWS", parameters),
					description);
		}
	}

}
