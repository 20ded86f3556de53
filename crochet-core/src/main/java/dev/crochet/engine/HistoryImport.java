package dev.crochet.engine;

import dev.crochet.LedgerTransfer;
import dev.crochet.ValidationException;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchTarget;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.LedgerView;
import dev.crochet.ledger.RunLock;
import dev.crochet.ledger.StepIntent;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves a ledger file's history into the graph ledger, once (as Flyway's baseline moves
 * nothing and Liquibase's changelog-sync records without running, this copies a history
 * that exists). Everything is created in one write transaction, root included, so a kill
 * mid-import leaves nothing, and the root's unique constraint makes a second import that
 * raced past the checks fail rather than add a second history. The copy is then read back
 * through the graph ledger and compared with the file: a difference removes what was
 * imported and names itself.
 *
 * <pre>{@code
 * LedgerTransfer moved = new HistoryImport(engine).from(Path.of(".crochet/ledger.db"));
 * }</pre>
 */
public final class HistoryImport {

	private final Engine engine;

	public HistoryImport(Engine engine) {
		this.engine = engine;
	}

	/** Imports the ledger file {@code file} into the graph's own history. */
	public LedgerTransfer from(Path file) {
		Path source = file.toAbsolutePath().normalize();
		if (!Ledger.holdsLedger(source)) {
			throw new ValidationException("The file " + source
					+ " holds no ledger (it is missing or empty), so there is nothing to import; nothing was changed.");
		}
		Graph graph = engine.graph().get();
		try (Ledger ledger = Ledger.open(source)) {
			ledger.requireIntact();
			refuseLocked(ledger, source);
			refuseImported(graph);
			String head = ledger.head().map(AppliedMigration::revision).orElse(null);
			refuseOtherDatabase(source, head, new HeadMirror(graph).head().orElse(null), graph);
			String owner = Owners.of("import");
			ledger.lock(owner);
			try {
				GraphLock lock = new GraphLock(graph);
				GraphLock.Taken taken = lock.acquire(owner);
				try {
					// Again, under both locks: what was checked above may have changed.
					refuseImported(graph);
					refuseOtherDatabase(source, head, taken.head(), graph);
					return copy(ledger, graph, source, head);
				}
				finally {
					lock.release(taken);
				}
			}
			finally {
				ledger.unlock(owner);
			}
		}
	}

	private static void refuseLocked(LedgerView ledger, Path source) {
		Optional<RunLock> held = ledger.lock();
		if (held.isPresent()) {
			throw new ValidationException("The ledger " + source + " is locked by " + held.get().describe()
					+ ": a run is using it. Let it finish (or run 'crochet unlock' if it died), then import;"
					+ " nothing was changed.");
		}
	}

	private static void refuseImported(Graph graph) {
		if (!GraphLedger.present(graph)) {
			return;
		}
		Record root = graph
			.query("MATCH (l:" + GraphLedger.ROOT + ") RETURN l.importedFrom AS source, l.importedAt AS at,"
					+ " l.createdAt AS created LIMIT 1", Map.of(), r -> r)
			.get(0);
		String origin = root.get("source").isNull()
				? "kept there since "
						+ (root.get("created").isNull() ? "its first run" : root.get("created").asString())
				: "imported from " + root.get("source").asString() + " at " + root.get("at").asString();
		throw new ValidationException("The graph at " + graph.uri() + " keeps its history itself already (" + origin
				+ "): a ledger is imported once, never twice; nothing was changed.");
	}

	private static void refuseOtherDatabase(Path source, String fileHead, String graphHead, Graph graph) {
		if (!Objects.equals(fileHead, graphHead)) {
			throw new ValidationException("The ledger " + source + " records head "
					+ (fileHead == null ? "none" : fileHead) + " but the graph at " + graph.uri() + " records head "
					+ (graphHead == null ? "none" : graphHead)
					+ ": the file belongs to another database; nothing was changed.");
		}
	}

	private LedgerTransfer copy(Ledger file, Graph graph, Path source, String head) {
		History history = History.read(file);
		GraphLedger.createConstraints(graph);
		String at = Instant.now().toString();
		graph.inWriteTransaction(tx -> {
			long[] seq = { 0 };
			List<Map<String, Object>> applied = new ArrayList<>();
			history.applied.forEach(a -> applied.add(GraphRecords.applied(a, ++seq[0])));
			List<Map<String, Object>> batches = new ArrayList<>();
			List<Map<String, Object>> targets = new ArrayList<>();
			for (BatchRecord batch : history.batches) {
				Map<String, Object> row = GraphRecords.batch(batch);
				row.put("seq", ++seq[0]);
				batches.add(row);
			}
			history.targets.forEach((batchId, recorded) -> recorded.forEach(target -> targets.add(
					Map.of("batchId", batchId, "kind", target.kind().name(), "name", target.name(), "seq", ++seq[0]))));
			List<Map<String, Object>> snapshots = new ArrayList<>();
			history.snapshots
				.forEach((hash, json) -> snapshots.add(Map.of("schemaHash", hash, "json", json, "createdAt", at)));
			List<Map<String, Object>> events = new ArrayList<>();
			history.events.forEach(e -> events.add(GraphRecords.event(e, ++seq[0])));
			// CREATE, not MERGE: a root another import made since the check fails the
			// constraint, and this whole transaction with it.
			tx.run("CREATE (l:" + GraphLedger.ROOT + " {name: 'crochet'}) SET l.seq = $seq, l.version = $version,"
					+ " l.createdAt = $at, l.importedFrom = $source, l.importedAt = $at",
					Map.of("seq", seq[0], "version", GraphLedger.VERSION, "at", at, "source", source.toString()))
				.consume();
			create(tx, GraphLedger.APPLIED, applied);
			create(tx, GraphLedger.BATCH, batches);
			create(tx, GraphLedger.TARGET, targets);
			create(tx, GraphLedger.SNAPSHOT, snapshots);
			create(tx, GraphLedger.EVENT, events);
			history.intent.ifPresent(
					intent -> tx
						.run("CREATE (j:" + GraphLedger.JOURNAL + " {id: 1}) SET j += $row",
								Map.of("row", GraphRecords.intent(intent)))
						.consume());
			return null;
		});
		Ledger imported = GraphLedger.open(graph);
		List<String> differences = differences(history, History.read(imported));
		if (!differences.isEmpty()) {
			remove(graph);
			throw new ValidationException("The history imported into the graph at " + graph.uri()
					+ " reads back differently from the ledger " + source + " (" + String.join("; ", differences)
					+ "); what was imported is removed and nothing was changed.");
		}
		LedgerTransfer transfer = new LedgerTransfer(source, imported.location(), head, history.applied.size(),
				history.batches.size(), history.targets.values().stream().mapToInt(List::size).sum(),
				history.snapshots.size(), history.events.size(), history.intent.isPresent());
		imported.append(LedgerEvent.of("IMPORT", head, "OK", "imported from " + source + ": " + transfer.applied()
				+ " applied, " + transfer.batches() + " batches, " + transfer.events() + " events"));
		return transfer;
	}

	private static void create(TransactionContext tx, String label, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			tx.run("UNWIND $rows AS row CREATE (n:" + label + ") SET n = row", Map.of("rows", rows)).consume();
		}
	}

	/**
	 * What {@code imported} reads differently from {@code file}, one finding a part;
	 * empty when they agree. Events are compared without their sequence numbers, which
	 * each store assigns itself.
	 */
	static List<String> differences(LedgerView file, LedgerView imported) {
		return differences(History.read(file), History.read(imported));
	}

	private static List<String> differences(History file, History imported) {
		List<String> found = new ArrayList<>();
		compare(found, "applied revisions", file.applied, imported.applied);
		compare(found, "batches", file.batches, imported.batches);
		compare(found, "batch targets", file.targets, imported.targets);
		compare(found, "schema snapshots", file.snapshots, imported.snapshots);
		compare(found, "events", file.events.stream().map(HistoryImport::unnumbered).toList(),
				imported.events.stream().map(HistoryImport::unnumbered).toList());
		compare(found, "the step in flight", file.intent, imported.intent);
		return found;
	}

	private static void compare(List<String> found, String what, Object file, Object imported) {
		if (!file.equals(imported)) {
			found.add(what + ": the file has " + file + ", the graph " + imported);
		}
	}

	private static LedgerEvent unnumbered(LedgerEvent event) {
		return new LedgerEvent(0, event.at(), event.kind(), event.revision(), event.outcome(), event.detail());
	}

	/**
	 * Removes every node of the graph ledger, in one transaction: only ever after an
	 * import that created them all, on a graph that kept no history before.
	 */
	static void remove(Graph graph) {
		graph.inWriteTransaction(tx -> {
			tx.run("MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) DETACH DELETE n",
					Map.of("labels", GraphLedger.LABELS))
				.consume();
			return null;
		});
	}

	/** Everything a ledger holds that an import copies, read once. */
	private record History(List<AppliedMigration> applied, List<BatchRecord> batches,
			Map<String, List<BatchTarget>> targets, Map<String, String> snapshots, List<LedgerEvent> events,
			Optional<StepIntent> intent) {

		static History read(LedgerView ledger) {
			List<BatchRecord> batches = ledger.batches();
			Optional<StepIntent> intent = ledger.intent();
			// The step in flight may have recorded where it writes before its batch was
			// recorded: its targets move too.
			Map<String, List<BatchTarget>> targets = new LinkedHashMap<>();
			batches.forEach(b -> targets.put(b.batchId(), ledger.batchTargets(b.batchId())));
			intent.map(StepIntent::batchId)
				.filter(id -> !targets.containsKey(id))
				.ifPresent(id -> targets.put(id, ledger.batchTargets(id)));
			Map<String, String> snapshots = ledger instanceof Ledger full ? full.snapshots() : Map.of();
			return new History(ledger.applied(), batches, targets, new HashMap<>(snapshots), ledger.events(), intent);
		}

	}

}
