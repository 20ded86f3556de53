package dev.crochet.engine;

import org.neo4j.driver.TransactionContext;

import java.util.Map;
import java.util.Optional;

/**
 * How far a run of a revision got, marked in the graph itself: each chunk of a row step
 * marks the rows committed in the chunk's own transaction, and each data step marks
 * itself done once it finished. The ledger's journal is written before a step and cannot
 * share a transaction with the graph, so only a mark in the graph tells exactly which
 * chunk was the last to commit before a kill; the next run resumes after it instead of
 * loading those rows twice.
 *
 * <p>
 * One node, {@code (:_CrochetProgress {id: 1})}, since one run at a time holds the lock.
 * Its {@code run} is the journaled intent's {@link dev.crochet.ledger.StepIntent#runKey()
 * run key}: a mark left by another run (a kill after the ledger recorded the revision,
 * before the mark was cleared) is never read as this one's.
 */
final class StepProgress {

	/** Crochet's own label: excluded from fingerprints, drift and cleanData. */
	static final String LABEL = Internal.LABEL_PREFIX + "Progress";

	/**
	 * What the graph says of a run.
	 *
	 * @param completed the number of steps from the first that are known done (schema
	 * steps are never marked: they can simply run again)
	 * @param step the step whose rows were being committed, or -1
	 * @param rows rows of {@code step} committed
	 * @param decided the step a person declared ran ({@code RAN}) or not
	 * ({@code RUN_AGAIN}) after a kill left it in doubt, or -1
	 * @param ran whether that step ran
	 */
	record Mark(int completed, int step, long rows, int decided, boolean ran) {

		static final Mark NONE = new Mark(0, -1, 0, -1, false);

	}

	/** The mark, taken over from another run's as an empty one. */
	private static final String NODE = "MERGE (p:" + LABEL + " {id: 1}) WITH p, coalesce(p.run = $run, false) AS same "
			+ "SET p.completed = CASE WHEN same THEN coalesce(p.completed, 0) ELSE 0 END, "
			+ "p.decided = CASE WHEN same THEN p.decided END, p.ran = CASE WHEN same THEN p.ran END, p.run = $run "
			+ "WITH p SET ";

	private final Graph graph;

	private final String run;

	StepProgress(Graph graph, String run) {
		this.graph = graph;
		this.run = run;
	}

	/**
	 * Marks, inside the chunk's transaction, that {@code rows} of {@code step} are in.
	 */
	void chunkCommitted(TransactionContext tx, int step, long rows) {
		tx.run(NODE + "p.step = $step, p.rows = $rows", Map.of("run", run, "step", step, "rows", rows)).consume();
	}

	/** Marks {@code step} and every step before it done. */
	void stepDone(int step) {
		graph.write(NODE + "p.completed = $completed, p.step = -1, p.rows = 0",
				Map.of("run", run, "completed", step + 1), r -> null);
	}

	/**
	 * Records a person's word on a step a kill left in doubt: it ran (so the run goes on
	 * after it) or it did not (so it runs again).
	 */
	void decide(int step, boolean ran) {
		graph.write(NODE + "p.decided = $step, p.ran = $ran", Map.of("run", run, "step", step, "ran", ran), r -> null);
	}

	/** What the graph holds for this run; {@link Mark#NONE} when nothing. */
	Mark read() {
		Optional<Mark> mark = graph
			.query("MATCH (p:" + LABEL + " {id: 1}) WHERE p.run = $run RETURN p.completed AS completed, "
					+ "p.step AS step, p.rows AS rows, p.decided AS decided, p.ran AS ran", Map.of("run", run),
					r -> new Mark(r.get("completed").asInt(0), r.get("step").asInt(-1), r.get("rows").asLong(0),
							r.get("decided").asInt(-1), r.get("ran").asBoolean(false)))
			.stream()
			.findFirst();
		return mark.orElse(Mark.NONE);
	}

	/**
	 * Removes a mark no journal refers to any more: left by a kill between the ledger's
	 * record of a revision and the mark's removal. Read first, so a call with nothing to
	 * remove writes nothing.
	 */
	static void clearStale(Graph graph) {
		if (!graph.query("MATCH (p:" + LABEL + ") RETURN p.id AS id LIMIT 1", Map.of(), r -> r.get("id")).isEmpty()) {
			clear(graph);
		}
	}

	/** Removes the mark once the ledger recorded the run's outcome. */
	static void clear(Graph graph) {
		graph.write("MATCH (p:" + LABEL + ") DELETE p", Map.of(), r -> null);
	}

}
