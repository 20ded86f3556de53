package dev.crochet.engine;

import dev.crochet.Direction;
import dev.crochet.RevisionRun;
import dev.crochet.ValidationException;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.RunCypher;
import dev.crochet.cypher.Statement;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.StepIntent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the next run does about a run that died inside a revision, read from the ledger's
 * journal ({@link StepIntent}) and the progress the run marked in the graph
 * ({@link StepProgress}). The aim is the graph an uninterrupted run would have left:
 * <ul>
 * <li>An interrupted <b>upgrade or downgrade</b> is finished from where it stopped: the
 * steps the graph marks done are not run again (running a completed step again after a
 * later one ran is what loses data: a property renamed, then a new one of the old name
 * added, would be renamed over the first), a row step resumes after its last committed
 * chunk, and a schema step or a built-in data step that filters what it has left to do
 * simply runs again. A constraint whose build was cut off leaves its backing index behind
 * under the constraint's name; that orphan is dropped first.</li>
 * <li>Raw Cypher ({@code runCypher}) is the one step that may have run without Crochet
 * knowing: when the run died in one, nothing runs until a person says whether it ran
 * ({@link Engine#resolveInterruptedStep(boolean)}).</li>
 * <li>A run that died <b>undoing</b> a failure has its undo finished: the batches it
 * began are deleted and counted at zero before they are marked deleted, its schema steps
 * are reverted, and the revision is left unapplied.</li>
 * </ul>
 */
final class Recovery {

	/** What recovery did, for the result and the event log. */
	record Outcome(StepIntent intent, String summary, Optional<RevisionRun> finished) {
	}

	/**
	 * Runs a plan from a step on, that step's rows from a row on, and records the
	 * revision's outcome in the ledger (applied or reverted).
	 */
	@FunctionalInterface
	interface Resumer {

		RevisionRun resume(RevisionPlan plan, int step, long skipRows);

	}

	private final Graph graph;

	private final Ledger ledger;

	private final Function<Direction, Optional<RevisionPlan>> plans;

	private final Resumer resumer;

	/**
	 * @param plans the interrupted revision's plan in a direction, or empty when no
	 * migration defines it any more
	 * @param resumer finishes a plan from a step on and records it
	 */
	Recovery(Graph graph, Ledger ledger, Function<Direction, Optional<RevisionPlan>> plans, Resumer resumer) {
		this.graph = graph;
		this.ledger = ledger;
		this.plans = plans;
		this.resumer = resumer;
	}

	/**
	 * @param applied whether the ledger records the interrupted revision as applied (read
	 * once by the engine's call)
	 */
	Outcome recover(StepIntent intent, boolean applied) {
		Direction direction = intent.upgrade() ? Direction.UPGRADE : Direction.DOWNGRADE;
		if (intent.undoing()) {
			return finishUndo(intent, plans.apply(direction));
		}
		if (intent.upgrade() != applied) {
			return resume(intent, direction);
		}
		// Cannot happen through Crochet (the record and the journal's removal share a
		// transaction); a hand-edited ledger might, and then there is nothing in flight
		// to
		// act on.
		String summary = "journal of a finished " + intent.describe() + " cleared";
		ledger.clearIntent(LedgerEvent.of("RECOVERY", intent.revision(), "OK", summary));
		return new Outcome(intent, summary, Optional.empty());
	}

	private Outcome resume(StepIntent intent, Direction direction) {
		Optional<RevisionPlan> found = plans.apply(direction);
		if (found.isEmpty()) {
			if (intent.upgrade()) {
				// Nothing to finish it with: take back what can be found of it instead.
				return finishUndo(intent, found);
			}
			throw new ValidationException("A downgrade of " + intent.revision()
					+ " was interrupted, but no migration defines " + intent.revision()
					+ " any more, so it cannot be finished; restore the migration and run again. Nothing was run.");
		}
		RevisionPlan plan = found.get();
		String checksum = plan.migration().checksum();
		if (intent.checksum() != null && checksum != null && !intent.checksum().equals(checksum)) {
			throw new ValidationException("The " + intent.describe() + " was interrupted, and migration "
					+ intent.revision() + " has changed since (checksum " + intent.checksum() + " when it ran, "
					+ checksum + " now). Only the migration that ran can finish it exactly: "
					+ "restore it as it was, run again to finish the revision, then make the change in a new "
					+ "migration. Nothing was run.");
		}
		List<Operation> operations = plan.operations();
		StepProgress.Mark mark = new StepProgress(graph, intent.runKey()).read();
		int step = Math.max(intent.step(), mark.completed());
		if (mark.decided() == step && step < operations.size()) {
			step += mark.ran() ? 1 : 0;
		}
		else if (step < operations.size() && operations.get(step) instanceof RunCypher cypher) {
			throw new ValidationException(inDoubt(intent, step, cypher));
		}
		long skipRows = mark.step() == step ? mark.rows() : 0;
		List<String> dropped = new ArrayList<>();
		operations.subList(Math.min(step, operations.size()), operations.size())
			.forEach(o -> dropped.addAll(dropOrphanIndexes(o)));
		FaultPoints.reach("recovery");
		RevisionRun run = resumer.resume(plan, step, skipRows);
		String summary = "interrupted " + intent.describe() + " finished from "
				+ (step >= operations.size() ? "its end (every step had run)" : "step " + (step + 1))
				+ (skipRows > 0 ? ", after the " + skipRows + " rows committed before it stopped" : "")
				+ (dropped.isEmpty() ? "" : "; dropped the half-made index " + String.join(", ", dropped) + " first");
		ledger.append(LedgerEvent.of("RECOVERY", intent.revision(), "OK", summary));
		return new Outcome(intent, summary, Optional.of(run));
	}

	/**
	 * The refusal when a run died in raw Cypher: whether it committed is not knowable,
	 * and running it again (or not) could each be wrong.
	 */
	static String inDoubt(StepIntent intent, int step, RunCypher cypher) {
		String verb = intent.upgrade() ? "upgrade" : "downgrade";
		return "The " + verb + " of " + intent.revision() + " was interrupted in step " + (step + 1) + " of "
				+ intent.steps() + ", raw Cypher that may have run in part or in whole:" + System.lineSeparator() + "  "
				+ cypher.cypher().strip() + System.lineSeparator()
				+ "Crochet cannot tell whether it committed, and running it again could apply it twice. Check the "
				+ "graph, then run 'crochet resolve --ran' if it ran (the " + verb + " goes on after it) or "
				+ "'crochet resolve --run-again' if it did not (the " + verb + " runs it again). Nothing was run.";
	}

	private Outcome finishUndo(StepIntent intent, Optional<RevisionPlan> plan) {
		List<String> done = new ArrayList<>();
		// Any of the revision's constraints may be the one whose build was cut off
		// (schema steps after the journaled one are not journaled one by one).
		plan.ifPresent(p -> p.operations()
			.forEach(o -> dropOrphanIndexes(o).forEach(name -> done.add("dropped the half-made index " + name))));
		for (String batch : batchesToRemove(intent, plan)) {
			long removed = BatchRemoval.remove(graph, ledger, batch,
					plan.map(p -> BatchRemoval.planned(p.operations(), batch)).orElse(List.of()));
			long left = BatchCensus.countEverywhere(graph, batch);
			if (left > 0) {
				// The journal stays: the next run tries the undo again before anything
				// else.
				throw new ValidationException("Recovery could not remove batch " + batch + " of " + intent.revision()
						+ ": " + left + " of its entities are still in the graph after the deletes; the batch is not "
						+ "marked deleted and the journal keeps the undo, so the next run finishes it first.");
			}
			ledger.updateBatchStatus(batch, BatchStatus.DELETED);
			if (removed > 0) {
				done.add("removed " + removed + " entities of batch " + batch);
			}
			FaultPoints.reach("recovery");
		}
		List<String> notUndone = new ArrayList<>();
		plan.ifPresent(p -> {
			List<Operation> operations = p.operations();
			int last = Math.min(intent.step(), operations.size() - 1);
			for (int step = last; step >= 0; step--) {
				Operation operation = operations.get(step);
				if (operation instanceof BeginBatch || BatchTargets.of(operation).isPresent()) {
					continue;
				}
				if (operation.schemaOnly() && operation.inverse().isPresent()) {
					operation.inverse().get().statements().forEach(s -> graph.execute(s, rows -> {
					}));
					done.add("undid '" + operation.describe() + "'");
					FaultPoints.reach("recovery");
				}
				else {
					String prefix = step == intent.step() ? "(may have run) " : "";
					operation.statements().forEach(s -> notUndone.add(prefix + s.cypher()));
				}
			}
		});
		String summary = "interrupted " + intent.describe() + " undone"
				+ (done.isEmpty() ? "" : ": " + String.join(", ", done))
				+ (plan.isEmpty() ? "; no migration defines " + intent.revision()
						+ " any more, so its schema steps were not undone" : "")
				+ (notUndone.isEmpty() ? "" : "; ran and not undone (no inverse): " + String.join(" ; ", notUndone))
				+ "; the revision runs again from its start";
		ledger.clearIntent(LedgerEvent.of("RECOVERY", intent.revision(), "OK", summary));
		StepProgress.clear(graph);
		return new Outcome(intent, summary, Optional.empty());
	}

	/**
	 * The batches an undo removes: those the revision's plan begins in the interrupted
	 * direction and the ledger records as the revision's own (whatever their status: a
	 * batch is trusted gone only once counted), or, with no plan left, every batch the
	 * ledger records for the revision's upgrade.
	 */
	private List<String> batchesToRemove(StepIntent intent, Optional<RevisionPlan> plan) {
		if (plan.isEmpty()) {
			return intent.upgrade() ? ledger.batchesOf(intent.revision()).stream().map(BatchRecord::batchId).toList()
					: List.of();
		}
		return RevisionExecutor.begunBefore(plan.get().operations(), plan.get().operations().size())
			.stream()
			.filter(id -> ledger.batch(id).map(b -> b.migrationId().equals(intent.revision())).orElse(false))
			.toList();
	}

	/**
	 * The orphan indexes of {@code operation}'s constraints, dropped (see
	 * {@link OrphanIndex}).
	 */
	private List<String> dropOrphanIndexes(Operation operation) {
		List<String> dropped = new ArrayList<>();
		for (Statement statement : operation.statements()) {
			OrphanIndex.drop(graph, statement).ifPresent(dropped::add);
		}
		return dropped;
	}

}
