package dev.crochet.engine;

import dev.crochet.CrochetException;
import dev.crochet.Direction;
import dev.crochet.MigrationFailedException;
import dev.crochet.MigrationInterruptedException;
import dev.crochet.ProgressListener;
import dev.crochet.RevisionRun;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.Statement;
import dev.crochet.cypher.StatementKind;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.StepIntent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Runs one planned revision against the graph. Before an operation touches the graph it
 * journals the step in the ledger (revision, direction, step, batch and where the batch
 * writes), so a run that dies leaves a trace the next run recovers from; a schema step
 * that follows a journaled schema step is not journaled again, since both simply run
 * again. As data steps commit, their progress is marked in the graph
 * ({@link StepProgress}), so the next run resumes after the last committed chunk. On
 * failure it undoes what it can (the data of the batches it began, proven gone by a
 * count; schema changes that have a faithful inverse), journaling first that it is
 * undoing, records the failure in the event log and throws an error that names the
 * revision, the failing statement and the statements that ran and were not undone.
 * Recording success (which clears the journal) is the caller's job.
 */
final class RevisionExecutor {

	private final Graph graph;

	private final Ledger ledger;

	private final ProgressListener listener;

	private final String owner;

	private final BatchSources sources;

	/**
	 * Whether a run of this executor marked progress in the graph since the last clear.
	 */
	private boolean marked;

	RevisionExecutor(Graph graph, Ledger ledger, ProgressListener listener, String owner, BatchSources sources) {
		this.graph = graph;
		this.ledger = ledger;
		this.listener = listener;
		this.owner = owner;
		this.sources = sources;
	}

	RevisionRun run(RevisionPlan plan) {
		return run(plan, 0, 0);
	}

	/**
	 * Runs the plan's operations from {@code firstStep} on, that step's rows from
	 * {@code skipRows} on: recovery resumes an interrupted run where the graph says it
	 * stopped (the steps before it completed, and so did those rows).
	 */
	RevisionRun run(RevisionPlan plan, int firstStep, long skipRows) {
		String revision = plan.revision();
		long start = System.nanoTime();
		List<Operation> operations = plan.operations();
		List<Operation> done = new ArrayList<>();
		// What actually ran: a label rename adds statements that move Crochet's schema
		// along.
		List<String> executed = new ArrayList<>();
		// The batches this run of the revision began, resumed ones included: what a
		// failure removes.
		Set<String> opened = new LinkedHashSet<>(begunBefore(operations, firstStep));
		// Each batch's record count as this run has it, for progress.
		Map<String, Long> counted = new HashMap<>();
		Operation current = null;
		Statement currentStatement = null;
		StepIntent intent = StepIntent.starting(revision, plan.direction().name(), operations.size(), owner,
				plan.migration().checksum());
		StepProgress progress = new StepProgress(graph, intent.runKey());
		StepIntent journal = null;
		// Whether the journaled step, and so every step since, may simply run again (a
		// schema step's IF [NOT] EXISTS): then a following schema step needs no journal
		// write of its own, which keeps a chain of schema revisions at one journal write
		// per revision.
		boolean journaledRerunnable = false;
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
				if (!(journal != null && journaledRerunnable && schemaOnly)) {
					journal = intent.at(step, operation.describe(), batch);
					ledger.recordIntent(journal, touch.map(BatchTargets.Touch::target).orElse(null), !schemaOnly);
					journaledRerunnable = schemaOnly;
				}
				if (step == firstStep) {
					FaultPoints.reach("revision-start");
				}
				if (operation instanceof BeginBatch begin) {
					ledger.recordBatch(sources.record(begin, revision));
					opened.add(begin.batchId());
				}
				int at = step;
				Graph.ChunkMark mark = schemaOnly ? null : (tx, rows) -> progress.chunkCommitted(tx, at, rows);
				for (Statement statement : LabelSchemaMove.of(graph, operation)) {
					currentStatement = statement;
					listener.statementStarted(revision, statement.cypher());
					FaultPoints.reach("statement");
					executed.add(statement.cypher());
					long skip = step == firstStep && statement.kind() == StatementKind.ROWS ? skipRows : 0;
					marked |= mark != null && statement.kind() == StatementKind.ROWS;
					LongConsumer created = rows -> operation.batch().ifPresent(b -> {
						// Read once, then counted here rather than read back after each
						// chunk: the graph ledger holds a count back until its next
						// write, and a read would write it.
						long before = counted.computeIfAbsent(b,
								id -> ledger.batch(id).map(BatchRecord::recordCount).orElse(0L));
						ledger.addBatchRecords(b, rows);
						FaultPoints.reach("chunk-recorded");
						counted.put(b, before + rows);
						listener.rowsWritten(b, before + rows);
					});
					try {
						graph.execute(statement, skip, mark, created);
					}
					catch (RuntimeException ex) {
						// A constraint build a kill cut off, whose journal entry was held
						// back and lost with it: its orphan index goes, and the step runs
						// as recovery would have run it.
						if (!OrphanIndex.createsConstraint(statement) || !OrphanIndex.blocked(ex)
								|| OrphanIndex.drop(graph, statement).isEmpty()) {
							throw ex;
						}
						graph.execute(statement, skip, mark, created);
					}
				}
				if (!schemaOnly && !(operation instanceof BeginBatch)) {
					// Only a data step needs its end marked: a schema step runs again as
					// it is.
					progress.stepDone(step);
					marked = true;
				}
				done.add(operation);
				FaultPoints.reach("operation-done");
			}
			FaultPoints.reach("revision-graph-done");
		}
		catch (RuntimeException ex) {
			if (journal != null) {
				journalUndo(journal, ex);
			}
			List<String> notUndone = new ArrayList<>();
			boolean undone = undo(operations, done, opened, ex, notUndone);
			String failing = currentStatement == null ? null : currentStatement.cypher();
			String verb = plan.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
			String leftBehind = notUndone.isEmpty() ? ""
					: System.lineSeparator()
							+ "These statements ran and were not undone (they have no inverse); clean up what"
							+ " they did before running again:" + System.lineSeparator() + "  "
							+ String.join(System.lineSeparator() + "  ", notUndone);
			String unfinished = undone ? ""
					: System.lineSeparator() + "The undo did not finish (see the suppressed errors); the journal keeps"
							+ " it, and the next upgrade or downgrade finishes it before anything else";
			if (ex instanceof Graph.Interrupted interrupted) {
				String message = "Revision " + revision + " was interrupted (" + interrupted.getMessage() + ") during "
						+ verb + "; it was rolled back" + leftBehind + unfinished;
				finish(undone, LedgerEvent
					.of("FAILURE", revision, "INTERRUPTED",
							verb + ": " + interrupted.getMessage()
									+ (notUndone.isEmpty() ? "" : " | not undone: " + String.join(" ; ", notUndone))),
						ex);
				throw new MigrationInterruptedException(revision, interrupted.getMessage(), message, null);
			}
			String message = "Revision " + revision + " failed during " + verb
					+ (failing == null ? "" : " at statement: " + failing) + System.lineSeparator() + "Cause: "
					+ ex.getMessage() + leftBehind + unfinished;
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
	 * Removes the progress a run marked in the graph, once the ledger recorded the
	 * revision: a mark is only ever read for the run that wrote it, so this keeps the
	 * graph tidy rather than correct.
	 */
	void clearProgress() {
		if (marked) {
			StepProgress.clear(graph);
			marked = false;
		}
	}

	/** The ids of the batches the operations before {@code step} begin. */
	static List<String> begunBefore(List<Operation> operations, int step) {
		return operations.subList(0, Math.min(step, operations.size()))
			.stream()
			.filter(BeginBatch.class::isInstance)
			.map(o -> ((BeginBatch) o).batchId())
			.toList();
	}

	/**
	 * Journals that the run is undoing: a run that dies in the undo (or whose undo could
	 * not finish) leaves the next run the undo to finish, never the revision to resume.
	 */
	private void journalUndo(StepIntent journal, RuntimeException failure) {
		try {
			ledger.recordIntent(journal.toUndo(), null, true);
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
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
				clearProgress();
			}
			else {
				ledger.append(event);
			}
		}
		catch (RuntimeException ex) {
			// The ledger cannot take the event (a full disk): the journal still names the
			// step, so the next run recovers; the failure that started this stays the one
			// reported.
			failure.addSuppressed(ex);
		}
	}

	/**
	 * Removes every entity of the batches the failed run began, and marks a batch deleted
	 * only once a count of the graph finds none of it; then reverts the schema changes,
	 * last first. A failure here is attached to the original error rather than hiding it.
	 * Collects the statements of operations that ran and have nothing to undo them into
	 * {@code notUndone}.
	 * @return whether every batch is gone and every undo statement succeeded
	 */
	private boolean undo(List<Operation> operations, List<Operation> done, Set<String> opened, RuntimeException failure,
			List<String> notUndone) {
		boolean clean = true;
		for (String batch : opened) {
			try {
				BatchRemoval.remove(graph, ledger, batch, BatchRemoval.planned(operations, batch));
				long left = BatchCensus.countEverywhere(graph, batch);
				if (left > 0) {
					failure.addSuppressed(new CrochetException(
							"Batch " + batch + " still holds " + left + " entities after the undo's deletes"));
					clean = false;
				}
				else {
					ledger.updateBatchStatus(batch, BatchStatus.DELETED);
				}
			}
			catch (RuntimeException ex) {
				// A full disk or a server gone fails the deletes or the ledger: the batch
				// stays as it is recorded, and the failure that started this stays the
				// one
				// reported.
				failure.addSuppressed(ex);
				clean = false;
			}
		}
		for (int i = done.size() - 1; i >= 0; i--) {
			Operation operation = done.get(i);
			if (operation instanceof BeginBatch || operation.batch().isPresent()) {
				continue;
			}
			Optional<Operation> inverse = operation.inverse();
			if (!operation.schemaOnly() || inverse.isEmpty()) {
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
		return clean;
	}

}
