package dev.crochet.engine;

import dev.crochet.Direction;
import dev.crochet.RevisionRun;
import dev.crochet.ValidationException;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.DeleteNodesByBatch;
import dev.crochet.cypher.DeleteRelationshipsByBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.Statement;
import dev.crochet.cypher.StatementKind;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.BatchTarget;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.StepIntent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the next run does about a run that died inside a revision, read from the ledger's
 * journal ({@link StepIntent}). The aim is the graph an uninterrupted run would have
 * left:
 * <ul>
 * <li>An interrupted <b>upgrade</b> is undone, so the revision runs again from its start:
 * the data its batches tagged is deleted by tag (through the recorded labels and types,
 * then a sweep of the whole graph, so nothing partial survives to be doubled), and its
 * completed schema steps are reverted, the one it died in included; a constraint whose
 * build was cut off leaves its backing index behind under the constraint's name, and that
 * orphan is dropped too.</li>
 * <li>An interrupted <b>downgrade</b> is finished from the step it died in (the steps
 * before it completed; deletes by batch and {@code IF EXISTS} drops are safe to repeat),
 * then recorded, so the ledger never claims data that is gone.</li>
 * </ul>
 * Statements with no inverse (raw Cypher) cannot be undone; they are named in the
 * RECOVERY event.
 */
final class Recovery {

	/**
	 * {@code CREATE [kind] CONSTRAINT|INDEX <name> IF NOT EXISTS}: what a Crochet schema
	 * step names.
	 */
	private static final Pattern CREATES = Pattern
		.compile("^CREATE (?:[A-Z]+ )?(CONSTRAINT|INDEX) (`(?:[^`]|``)*`|[A-Za-z_][A-Za-z0-9_]*) IF NOT EXISTS");

	/** What recovery did, for the result and the event log. */
	record Outcome(StepIntent intent, String summary, Optional<RevisionRun> finishedDowngrade) {
	}

	private final Graph graph;

	private final Ledger ledger;

	private final Function<Direction, Optional<RevisionPlan>> plans;

	private final BiFunction<RevisionPlan, Integer, RevisionRun> finisher;

	/**
	 * @param plans the interrupted revision's plan in a direction, or empty when no
	 * migration defines it any more
	 * @param finisher runs a downgrade plan from a step on (journaling the steps by their
	 * place in the whole plan, so a second kill is recovered from the right step),
	 * recording the downgrade
	 */
	Recovery(Graph graph, Ledger ledger, Function<Direction, Optional<RevisionPlan>> plans,
			BiFunction<RevisionPlan, Integer, RevisionRun> finisher) {
		this.graph = graph;
		this.ledger = ledger;
		this.plans = plans;
		this.finisher = finisher;
	}

	/**
	 * @param applied whether the ledger records the interrupted revision as applied (read
	 * once by the engine's call)
	 */
	Outcome recover(StepIntent intent, boolean applied) {
		if (intent.upgrade() && !applied) {
			return undoUpgrade(intent);
		}
		if (!intent.upgrade() && applied) {
			return finishDowngrade(intent);
		}
		// Cannot happen through Crochet (the record and the journal's removal share a
		// transaction); a
		// hand-edited ledger might, and then there is nothing in flight to act on.
		String summary = "journal of a finished " + intent.describe() + " cleared";
		ledger.clearIntent(LedgerEvent.of("RECOVERY", intent.revision(), "OK", summary));
		return new Outcome(intent, summary, Optional.empty());
	}

	private Outcome undoUpgrade(StepIntent intent) {
		Optional<RevisionPlan> plan = plans.apply(Direction.UPGRADE);
		List<String> done = new ArrayList<>();
		// Any of the revision's constraints may be the one whose build was cut off
		// (schema steps after
		// the journaled one are not journaled one by one).
		plan.ifPresent(p -> p.operations()
			.forEach(o -> dropOrphanIndexes(o).forEach(name -> done.add("dropped the half-made index " + name))));
		for (BatchRecord batch : ledger.batchesOf(intent.revision())) {
			if (batch.status() == BatchStatus.DELETED) {
				continue;
			}
			long removed = deleteBatch(batch.batchId(), targets(batch.batchId(), plan));
			ledger.updateBatchStatus(batch.batchId(), BatchStatus.DELETED);
			done.add("removed " + removed + " entities of batch " + batch.batchId());
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
				boolean schemaOnly = operation.schemaOnly();
				if (schemaOnly && operation.inverse().isPresent()) {
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
		return new Outcome(intent, summary, Optional.empty());
	}

	private Outcome finishDowngrade(StepIntent intent) {
		RevisionPlan plan = plans.apply(Direction.DOWNGRADE)
			.orElseThrow(() -> new ValidationException("A downgrade of " + intent.revision()
					+ " was interrupted, but no migration defines " + intent.revision()
					+ " any more, so it cannot be finished; restore the migration and run again. Nothing was run."));
		int step = Math.min(intent.step(), plan.operations().size());
		plan.operations().subList(step, plan.operations().size()).forEach(this::dropOrphanIndexes);
		FaultPoints.reach("recovery");
		RevisionRun run = finisher.apply(plan, step);
		String summary = "interrupted " + intent.describe() + " finished from that step";
		ledger.append(LedgerEvent.of("RECOVERY", intent.revision(), "OK", summary));
		return new Outcome(intent, summary, Optional.of(run));
	}

	/**
	 * Where the batch's entities are: the recorded labels and types, and those the plan
	 * declares for it.
	 */
	private static List<BatchTarget> targets(String batchId, Optional<RevisionPlan> plan) {
		return plan
			.map(p -> p.operations()
				.stream()
				.map(BatchTargets::of)
				.flatMap(Optional::stream)
				.filter(t -> t.batchId().equals(batchId))
				.map(BatchTargets.Touch::target)
				.toList())
			.orElse(List.of());
	}

	/**
	 * Deletes every entity tagged {@code batchId}, in chunks, returning how many there
	 * were.
	 */
	private long deleteBatch(String batchId, List<BatchTarget> planned) {
		Set<BatchTarget> targets = new LinkedHashSet<>(ledger.batchTargets(batchId));
		targets.addAll(planned);
		long before = BatchCensus.countEverywhere(graph, batchId);
		if (before == 0) {
			return 0;
		}
		// Relationships first, through their type's batch index; then nodes (DETACH takes
		// the rest): the
		// same deletes a downgrade declares.
		List<Operation> deletes = new ArrayList<>();
		targets.stream()
			.filter(t -> t.kind() == BatchTarget.Kind.RELATIONSHIP)
			.forEach(t -> deletes.add(new DeleteRelationshipsByBatch(t.name(), batchId, graph.chunkSize())));
		targets.stream()
			.filter(t -> t.kind() == BatchTarget.Kind.NODE)
			.forEach(t -> deletes.add(new DeleteNodesByBatch(t.name(), batchId, graph.chunkSize())));
		deletes.forEach(delete -> delete.statements().forEach(s -> graph.execute(s, rows -> {
		})));
		// Whatever a label rename or an unrecorded target put elsewhere: one scan, only
		// in recovery.
		run("MATCH ()-[r]->() WHERE r." + Internal.BATCH_PROPERTY
				+ " = $batch CALL (r) { DELETE r } IN TRANSACTIONS OF " + graph.chunkSize() + " ROWS", batchId);
		run("MATCH (n) WHERE n." + Internal.BATCH_PROPERTY
				+ " = $batch CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF " + graph.chunkSize() + " ROWS", batchId);
		return before;
	}

	private void run(String cypher, String batchId) {
		graph.execute(new Statement(cypher, Map.of("batch", batchId), StatementKind.AUTO_COMMIT, null), rows -> {
		});
	}

	/**
	 * A unique constraint whose creation was cut off can leave its backing index behind
	 * under the constraint's name, and every later
	 * {@code CREATE CONSTRAINT ... IF NOT EXISTS} then fails on it. Such an index (named
	 * as this operation's constraint, with no constraint of that name) is dropped.
	 */
	private List<String> dropOrphanIndexes(Operation operation) {
		List<String> dropped = new ArrayList<>();
		for (Statement statement : operation.statements()) {
			Matcher creates = CREATES.matcher(statement.cypher());
			if (!creates.find() || !creates.group(1).equals("CONSTRAINT")) {
				continue;
			}
			String quoted = creates.group(2);
			String name = quoted.startsWith("`") ? quoted.substring(1, quoted.length() - 1).replace("``", "`") : quoted;
			boolean constraint = !graph
				.query("SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name", Map.of("name", name),
						r -> r.get("name").asString())
				.isEmpty();
			boolean index = !graph
				.query("SHOW INDEXES YIELD name WHERE name = $name RETURN name", Map.of("name", name),
						r -> r.get("name").asString())
				.isEmpty();
			if (!constraint && index) {
				graph.execute(Statement.schema("DROP INDEX " + quoted + " IF EXISTS"), rows -> {
				});
				dropped.add(name);
			}
		}
		return dropped;
	}

}
