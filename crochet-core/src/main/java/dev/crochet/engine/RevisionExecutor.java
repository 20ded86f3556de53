package dev.crochet.engine;

import dev.crochet.Direction;
import dev.crochet.MigrationFailedException;
import dev.crochet.MigrationInterruptedException;
import dev.crochet.ProgressListener;
import dev.crochet.RevisionRun;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.Statement;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.StepIntent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one planned revision against the graph. Before an operation touches the graph it
 * journals the step in the ledger (revision, direction, step, batch and where the batch
 * writes), so a run that dies leaves a trace the next run recovers from; a schema step
 * that follows a journaled schema step is not journaled again, since both simply run
 * again. On failure it undoes what it can (batch data, schema changes that have a
 * faithful inverse), records the failure in the event log and throws an error that names
 * the revision, the failing statement and the statements that ran and were not undone.
 * Recording success (which clears the journal) is the caller's job.
 */
final class RevisionExecutor {

	private final Graph graph;

	private final Ledger ledger;

	private final ProgressListener listener;

	private final String owner;

	private final BatchSources sources;

	RevisionExecutor(Graph graph, Ledger ledger, ProgressListener listener, String owner, BatchSources sources) {
		this.graph = graph;
		this.ledger = ledger;
		this.listener = listener;
		this.owner = owner;
		this.sources = sources;
	}

	RevisionRun run(RevisionPlan plan) {
		return run(plan, 0);
	}

	/**
	 * Runs the plan's operations from {@code firstStep} on: recovery finishes an
	 * interrupted downgrade from the step it died in (the ones before it completed).
	 */
	RevisionRun run(RevisionPlan plan, int firstStep) {
		String revision = plan.revision();
		long start = System.nanoTime();
		List<Operation> operations = plan.operations();
		List<Operation> done = new ArrayList<>();
		// What actually ran: a label rename adds statements that move Crochet's schema
		// along.
		List<String> executed = new ArrayList<>();
		Set<String> opened = new LinkedHashSet<>();
		Operation current = null;
		Statement currentStatement = null;
		StepIntent intent = StepIntent.starting(revision, plan.direction().name(), operations.size(), owner);
		// Whether the journaled step, and so every step since, may simply run again (a
		// schema step's
		// IF [NOT] EXISTS): then a following schema step needs no journal write of its
		// own, which keeps a
		// chain of schema revisions at one journal write per revision.
		boolean journaledRerunnable = false;
		boolean journaled = false;
		try {
			graph.checkInterrupted();
			for (int step = firstStep; step < operations.size(); step++) {
				Operation operation = operations.get(step);
				graph.checkInterrupted();
				current = operation;
				currentStatement = null;
				Optional<BatchTargets.Touch> touch = BatchTargets.of(operation);
				String batch = operation instanceof BeginBatch begin ? begin.batchId()
						: touch.map(BatchTargets.Touch::batchId).orElse(null);
				boolean schemaOnly = operation.schemaOnly();
				if (!(journaled && journaledRerunnable && schemaOnly)) {
					ledger.recordIntent(intent.at(step, operation.describe(), batch),
							touch.map(BatchTargets.Touch::target).orElse(null), !schemaOnly);
					journaled = true;
					journaledRerunnable = schemaOnly;
				}
				if (step == firstStep) {
					FaultPoints.reach("revision-start");
				}
				if (operation instanceof BeginBatch begin) {
					ledger.recordBatch(sources.record(begin, revision));
					opened.add(begin.batchId());
				}
				for (Statement statement : LabelSchemaMove.of(graph, operation)) {
					currentStatement = statement;
					listener.statementStarted(revision, statement.cypher());
					FaultPoints.reach("statement");
					executed.add(statement.cypher());
					graph.execute(statement, created -> operation.batch().ifPresent(b -> {
						ledger.addBatchRecords(b, created);
						FaultPoints.reach("chunk-recorded");
						listener.rowsWritten(b, ledger.batch(b).map(BatchRecord::recordCount).orElse(created));
					}));
				}
				done.add(operation);
				FaultPoints.reach("operation-done");
			}
			FaultPoints.reach("revision-graph-done");
		}
		catch (RuntimeException ex) {
			if (current != null && current.batch().isPresent()) {
				done.add(current);
			}
			List<String> notUndone = new ArrayList<>();
			boolean undone = undo(done, opened, ex, notUndone);
			String failing = currentStatement == null ? null : currentStatement.cypher();
			String verb = plan.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
			String leftBehind = notUndone.isEmpty() ? ""
					: System.lineSeparator()
							+ "These statements ran and were not undone (they have no inverse); clean up what"
							+ " they did before running again:" + System.lineSeparator() + "  "
							+ String.join(System.lineSeparator() + "  ", notUndone);
			if (ex instanceof Graph.Interrupted interrupted) {
				String message = "Revision " + revision + " was interrupted (" + interrupted.getMessage() + ") during "
						+ verb + "; it was rolled back" + leftBehind;
				finish(undone, LedgerEvent
					.of("FAILURE", revision, "INTERRUPTED",
							verb + ": " + interrupted.getMessage()
									+ (notUndone.isEmpty() ? "" : " | not undone: " + String.join(" ; ", notUndone))),
						ex);
				throw new MigrationInterruptedException(revision, interrupted.getMessage(), message, null);
			}
			String message = "Revision " + revision + " failed during " + verb
					+ (failing == null ? "" : " at statement: " + failing) + System.lineSeparator() + "Cause: "
					+ ex.getMessage() + leftBehind;
			finish(undone,
					LedgerEvent.of("FAILURE", revision, "FAILED",
							verb + ": " + ex.getMessage() + (failing == null ? "" : " | statement: " + failing)
									+ (notUndone.isEmpty() ? "" : " | not undone: " + String.join(" ; ", notUndone))),
					ex);
			throw new MigrationFailedException(revision, failing, message, ex);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new RevisionRun(revision, plan.migration().description(), plan.direction(), executed, millis);
	}

	/**
	 * Records the failure; an undo that went through also clears the journal (nothing is
	 * in flight any more), one that did not leaves it, so the next run's recovery tries
	 * again. A ledger that cannot be written is added to {@code failure} rather than
	 * replacing it.
	 */
	private void finish(boolean undone, LedgerEvent event, RuntimeException failure) {
		try {
			if (undone) {
				ledger.clearIntent(event);
			}
			else {
				ledger.append(event);
			}
		}
		catch (RuntimeException ex) {
			// The ledger cannot take the event (a full disk): the journal still names the
			// step, so the
			// next run recovers; the failure that started this stays the one reported.
			failure.addSuppressed(ex);
		}
	}

	/**
	 * Removes the data of batches the failed revision created and reverts its schema
	 * changes, last first; a failure here is attached to the original error rather than
	 * hiding it. Collects the statements of operations that ran and have nothing to undo
	 * them into {@code notUndone}.
	 * @return whether every undo statement succeeded
	 */
	private boolean undo(List<Operation> done, Set<String> opened, RuntimeException failure, List<String> notUndone) {
		boolean clean = true;
		for (int i = done.size() - 1; i >= 0; i--) {
			Operation operation = done.get(i);
			boolean schemaOnly = operation.schemaOnly();
			Optional<Operation> inverse = operation.inverse();
			if ((operation.batch().isEmpty() && !schemaOnly) || inverse.isEmpty()) {
				notUndone.addAll(0, operation.statements().stream().map(Statement::cypher).toList());
				continue;
			}
			for (Statement statement : inverse.get().statements()) {
				try {
					graph.execute(statement, rows -> {
					});
				}
				catch (RuntimeException ex) {
					failure.addSuppressed(ex);
					clean = false;
				}
			}
		}
		for (String batch : opened) {
			try {
				ledger.updateBatchStatus(batch, BatchStatus.DELETED);
			}
			catch (RuntimeException ex) {
				// A full disk fails the ledger too: the failure that started this stays
				// the one reported.
				failure.addSuppressed(ex);
				clean = false;
			}
		}
		return clean;
	}

}
