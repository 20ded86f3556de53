package dev.crochet.engine;

import dev.crochet.CrochetException;
import dev.crochet.Direction;
import dev.crochet.LedgerRebuild;
import dev.crochet.LedgerStore;
import dev.crochet.ValidationException;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a lost ledger file again from what the graph itself keeps: its head (the
 * mirror), its schema, and the batch tags on its entities. The chain up to the head is
 * recorded as applied, each tagged batch as committed by the applied revision whose
 * upgrade begins it, counted now. What only the lost file knew (the event log, when each
 * revision ran and for how long, what each batch first loaded) is named in the result,
 * never made up.
 *
 * <p>
 * Refused whenever the answer would be a guess: a file that holds a ledger (never
 * overwritten), a graph that keeps its history itself, a graph with no head, a head the
 * chain lacks, a live schema that is not the head's.
 */
public final class HistoryRebuild {

	private final Engine engine;

	public HistoryRebuild(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Rebuilds the ledger file {@code file} of a project keeping its history in
	 * {@code store}.
	 */
	public LedgerRebuild into(Path file, LedgerStore store) {
		Path target = file.toAbsolutePath().normalize();
		if (store == LedgerStore.GRAPH) {
			throw new ValidationException("This project keeps its history in the graph ([ledger] store = \"graph\"):"
					+ " there is no ledger file to rebuild; nothing was changed.");
		}
		if (Ledger.holdsLedger(target)) {
			throw new ValidationException("The ledger " + target + " exists: rebuild never overwrites a ledger. Move it"
					+ " away first if it is the one to replace; nothing was changed.");
		}
		Graph graph = engine.graph().get();
		String head = requireHead(graph);
		MigrationChain chain = engine.chain().get();
		ResolvedMigration headMigration = chain.get(head)
			.orElseThrow(() -> new ValidationException("The graph at " + graph.uri() + " records head " + head
					+ ", which no migration of this project defines (known revisions: "
					+ (chain.isEmpty() ? "none" : String.join(", ", chain.ids()))
					+ "); a ledger can only be rebuilt from the chain up to the head; nothing was changed."));
		SchemaMatch schema = SchemaMatch.of(engine, headMigration, engine.snapshots(), engine.ignoreSchema());
		schema.require("The live schema of the graph at " + graph.uri() + " does not match the schema of head revision "
				+ head + ", so a ledger at " + head + " would be wrong; nothing was changed:");
		String owner = Owners.of("rebuild");
		GraphLock lock = new GraphLock(graph);
		GraphLock.Taken taken = lock.acquire(owner);
		try {
			if (!head.equals(taken.head()) || GraphLedger.present(graph)) {
				throw new ValidationException("The graph at " + graph.uri()
						+ " changed while the ledger was being rebuilt (another run?); nothing was changed.");
			}
			return write(target, graph, chain.upTo(head), schema);
		}
		finally {
			lock.release(taken);
		}
	}

	private static String requireHead(Graph graph) {
		if (GraphLedger.present(graph)) {
			throw new ValidationException("The graph at " + graph.uri() + " keeps its history itself (head "
					+ new HeadMirror(graph).head().orElse("none")
					+ "): there is no ledger file to rebuild. Set [ledger]"
					+ " store = \"graph\" in crochet.toml (Crochet.configure().ledger(LedgerStore.GRAPH)); nothing was"
					+ " changed.");
		}
		return new HeadMirror(graph).head()
			.orElseThrow(() -> new ValidationException("The graph at " + graph.uri()
					+ " records no head: Crochet never migrated it, so there is no history to rebuild. For a database"
					+ " migrated before Crochet, run 'crochet baseline --revision <id>' (Crochet.baseline); nothing"
					+ " was changed."));
	}

	private LedgerRebuild write(Path target, Graph graph, List<ResolvedMigration> applied, SchemaMatch schema) {
		Map<String, Long> tagged = taggedBatches(graph);
		Map<String, Owner> owners = new LinkedHashMap<>();
		List<String> undeclared = new ArrayList<>();
		for (ResolvedMigration migration : applied) {
			try {
				for (Operation operation : engine.declaredOperations(migration.id(), Direction.UPGRADE)) {
					if (operation instanceof BeginBatch begin) {
						owners.putIfAbsent(begin.batchId(), new Owner(migration.id(), begin));
					}
				}
			}
			catch (CrochetException ex) {
				undeclared.add(migration.id() + " (" + ex.getMessage() + ")");
			}
		}
		Instant now = Instant.now();
		Map<String, Long> recovered = new LinkedHashMap<>();
		List<String> unrecorded = new ArrayList<>();
		boolean sources = false;
		boolean written = false;
		try (Ledger ledger = Ledger.open(target)) {
			written = true;
			int snapshots = ChainAsApplied.record(ledger, applied, engine.snapshots());
			// In the chain's order, then the order each revision begins them.
			for (Map.Entry<String, Owner> owner : owners.entrySet()) {
				Long count = tagged.get(owner.getKey());
				if (count == null) {
					continue;
				}
				BatchRecord fresh = engine.batchSources().record(owner.getValue().begin(), owner.getValue().revision());
				ledger.recordBatch(new BatchRecord(fresh.batchId(), fresh.migrationId(), fresh.sourceFile(),
						fresh.checksum(), fresh.loaderVersion(), count, BatchStatus.COMMITTED, now));
				recovered.put(owner.getKey(), count);
				sources |= fresh.sourceFile() != null;
			}
			tagged.keySet().stream().filter(id -> !owners.containsKey(id)).forEach(unrecorded::add);
			List<String> lost = lost(!recovered.isEmpty(), unrecorded, undeclared, sources);
			ledger.append(LedgerEvent.of("REBUILD", applied.get(applied.size() - 1).id(), "OK",
					"rebuilt from the graph: " + applied.size() + " applied, " + recovered.size() + " batches; not"
							+ " recovered: " + String.join("; ", lost)));
			return new LedgerRebuild(target, applied.get(applied.size() - 1).id(),
					applied.stream().map(ResolvedMigration::id).toList(), snapshots, recovered, schema.describe(),
					unrecorded, lost);
		}
		catch (RuntimeException ex) {
			if (written) {
				// A half-written ledger would be refused by the next rebuild (never
				// overwritten) and trusted by every other verb: it goes.
				discard(target, ex);
			}
			throw ex;
		}
	}

	private static List<String> lost(boolean batches, List<String> unrecorded, List<String> undeclared,
			boolean sources) {
		List<String> lost = new ArrayList<>();
		lost.add("the event log (starts again with this rebuild)");
		lost.add("when each revision was applied and how long it took (recorded as now, 0 ms)");
		if (batches) {
			lost.add("batch record counts as first loaded (counted in the graph now instead)");
		}
		if (sources) {
			lost.add("batch source file checksums at load time (taken from the files as they are now)");
		}
		if (!unrecorded.isEmpty()) {
			lost.add("batches no applied revision begins, left unrecorded: " + String.join(", ", unrecorded));
		}
		if (!undeclared.isEmpty()) {
			lost.add("the batches of revisions that could not declare their operations: "
					+ String.join(", ", undeclared));
		}
		return lost;
	}

	/**
	 * Every batch id the graph's entities carry, with how many carry it: one aggregate
	 * streamed from the server for nodes and one for relationships, never the entities.
	 */
	static Map<String, Long> taggedBatches(Graph graph) {
		Map<String, Long> counts = new TreeMap<>();
		String property = Internal.BATCH_PROPERTY;
		graph.stream("MATCH (n) WHERE n." + property + " IS NOT NULL RETURN n." + property + " AS id, count(*) AS c",
				Map.of(), r -> counts.merge(r.get("id").asString(), r.get("c").asLong(), Long::sum));
		graph.stream(
				"MATCH ()-[r]->() WHERE r." + property + " IS NOT NULL RETURN r." + property + " AS id, count(*) AS c",
				Map.of(), r -> counts.merge(r.get("id").asString(), r.get("c").asLong(), Long::sum));
		return counts;
	}

	private static void discard(Path file, RuntimeException failure) {
		for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
			try {
				Files.deleteIfExists(Path.of(file + suffix));
			}
			catch (IOException ex) {
				failure.addSuppressed(ex);
			}
		}
	}

	/** The applied revision whose upgrade begins a batch, and where. */
	private record Owner(String revision, BeginBatch begin) {
	}

}
