package dev.crochet.engine;

import dev.crochet.cypher.CreateNodes;
import dev.crochet.cypher.CreateRelationships;
import dev.crochet.cypher.DeleteNodesByBatch;
import dev.crochet.cypher.DeleteRelationshipsByBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.UpsertNodes;
import dev.crochet.ledger.BatchTarget;

import java.util.Optional;

/**
 * Which batch an operation writes or deletes, and where: what the journal records before
 * the step runs.
 */
final class BatchTargets {

	/** An operation's batch and the label or type it touches there. */
	record Touch(String batchId, BatchTarget target) {
	}

	private BatchTargets() {
	}

	static Optional<Touch> of(Operation operation) {
		if (operation instanceof CreateNodes op) {
			return Optional.of(new Touch(op.batchId(), BatchTarget.node(op.label())));
		}
		if (operation instanceof UpsertNodes op) {
			return Optional.of(new Touch(op.batchId(), BatchTarget.node(op.label())));
		}
		if (operation instanceof CreateRelationships op) {
			return Optional.of(new Touch(op.batchId(), BatchTarget.relationship(op.type())));
		}
		if (operation instanceof DeleteNodesByBatch op) {
			return Optional.of(new Touch(op.batchId(), BatchTarget.node(op.label())));
		}
		if (operation instanceof DeleteRelationshipsByBatch op) {
			return Optional.of(new Touch(op.batchId(), BatchTarget.relationship(op.type())));
		}
		return Optional.empty();
	}

}
