package dev.crochet.engine;

import dev.crochet.Direction;
import dev.crochet.MigrationFailedException;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one planned revision against the graph. On failure it undoes what it can (batch data, schema
 * changes that have a faithful inverse), records the failure in the event log and throws an error
 * that names the revision and the failing statement. Recording success is the caller's job.
 */
final class RevisionExecutor {

	private final Graph graph;

	private final Ledger ledger;

	private final ProgressListener listener;

	RevisionExecutor(Graph graph, Ledger ledger, ProgressListener listener) {
		this.graph = graph;
		this.ledger = ledger;
		this.listener = listener;
	}

	RevisionRun run(RevisionPlan plan) {
		String revision = plan.revision();
		long start = System.nanoTime();
		List<Operation> done = new ArrayList<>();
		// What actually ran: a label rename adds statements that move Crochet's schema along.
		List<String> executed = new ArrayList<>();
		Set<String> opened = new LinkedHashSet<>();
		Operation current = null;
		Statement currentStatement = null;
		try {
			for (Operation operation : plan.operations()) {
				current = operation;
				if (operation instanceof BeginBatch begin) {
					ledger.recordBatch(BatchSources.record(begin, revision));
					opened.add(begin.batchId());
				}
				for (Statement statement : LabelSchemaMove.of(graph, operation)) {
					currentStatement = statement;
					listener.statementStarted(revision, statement.cypher());
					executed.add(statement.cypher());
					graph.execute(statement, rows -> operation.batch().ifPresent(batch -> {
						ledger.addBatchRecords(batch, rows);
						listener.rowsWritten(batch, ledger.batch(batch).map(BatchRecord::recordCount).orElse(rows));
					}));
				}
				done.add(operation);
			}
		}
		catch (RuntimeException ex) {
			if (current != null && current.batch().isPresent()) {
				done.add(current);
			}
			undo(done, opened, ex);
			String failing = currentStatement == null ? null : currentStatement.cypher();
			String verb = plan.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
			String message = "Revision " + revision + " failed during " + verb
					+ (failing == null ? "" : " at statement: " + failing) + System.lineSeparator() + "Cause: "
					+ ex.getMessage();
			ledger.append(LedgerEvent.of("FAILURE", revision, "FAILED", verb + ": " + ex.getMessage()
					+ (failing == null ? "" : " | statement: " + failing)));
			throw new MigrationFailedException(revision, failing, message, ex);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new RevisionRun(revision, plan.migration().description(), plan.direction(), executed, millis);
	}

	/**
	 * Removes the data of batches the failed revision created and reverts its schema changes, last
	 * first; a failure here is attached to the original error rather than hiding it.
	 */
	private void undo(List<Operation> done, Set<String> opened, RuntimeException failure) {
		for (int i = done.size() - 1; i >= 0; i--) {
			Operation operation = done.get(i);
			boolean schemaOnly = !operation.statements().isEmpty()
					&& operation.statements().stream().allMatch(s -> s.kind() == StatementKind.SCHEMA);
			if (operation.batch().isEmpty() && !schemaOnly) {
				continue;
			}
			operation.inverse().ifPresent(inverse -> {
				for (Statement statement : inverse.statements()) {
					try {
						graph.execute(statement, rows -> {
						});
					}
					catch (RuntimeException ex) {
						failure.addSuppressed(ex);
					}
				}
			});
		}
		for (String batch : opened) {
			ledger.updateBatchStatus(batch, BatchStatus.DELETED);
		}
	}

	static Instant now() {
		return Instant.now();
	}
}
