package dev.crochet.engine;

import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.LedgerException;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The records a graph ledger writes for a revision that ran, or a batch's count, as data:
 * held back during a call and written together, one statement per kind for a run of
 * records of one kind. A call of fifty schema revisions ends with a handful of statements
 * rather than two hundred; every statement is planned afresh after the call's schema
 * changes (Neo4j empties its plan cache on each), so their number is the cost. The same
 * statements write a single record outside a call.
 */
final class HeldRecords {

	private HeldRecords() {
	}

	/** One record, numbered when it is written. */
	sealed interface Held permits Upgrade, Downgrade, Count {

	}

	/**
	 * A revision applied: its applied record and event, its open batches committed, the
	 * journal cleared.
	 */
	record Upgrade(AppliedMigration migration, LedgerEvent event) implements Held {

		Upgrade {
			Objects.requireNonNull(migration, "migration");
			Objects.requireNonNull(event, "event");
		}

	}

	/**
	 * A revision reverted: its applied record gone, its batches deleted but those still
	 * in the graph, its event, the journal cleared.
	 */
	record Downgrade(String revision, LedgerEvent event, Set<String> stillInGraph) implements Held {

		Downgrade {
			Objects.requireNonNull(revision, "revision");
			Objects.requireNonNull(event, "event");
			stillInGraph = Set.copyOf(stillInGraph);
		}

	}

	/** Records added to a batch's count. */
	record Count(String batchId, long delta) implements Held {

		Count {
			Objects.requireNonNull(batchId, "batchId");
		}

	}

	private static final String ALREADY_APPLIED = "UNWIND $revisions AS revision MATCH (a:" + GraphLedger.APPLIED
			+ " {revision: revision}) RETURN revision LIMIT 1";

	private static final String CREATE_APPLIED = "UNWIND $rows AS row CREATE (a:" + GraphLedger.APPLIED
			+ ") SET a = row.applied CREATE (e:" + GraphLedger.EVENT + ") SET e = row.event";

	private static final String COMMIT_BATCHES = "MATCH (b:" + GraphLedger.BATCH
			+ ") WHERE b.status = 'OPEN' AND b.migrationId IN $revisions SET b.status = 'COMMITTED'";

	private static final String DELETE_APPLIED = "UNWIND $revisions AS revision MATCH (a:" + GraphLedger.APPLIED
			+ " {revision: revision}) DELETE a RETURN revision";

	/**
	 * Batch ids are unique across revisions: one set of those to keep serves them all.
	 */
	private static final String DELETE_BATCHES = "MATCH (b:" + GraphLedger.BATCH
			+ ") WHERE b.status <> 'DELETED' AND b.migrationId IN $revisions AND NOT b.batchId IN $keep"
			+ " SET b.status = 'DELETED'";

	private static final String CREATE_EVENTS = "UNWIND $rows AS row CREATE (e:" + GraphLedger.EVENT + ") SET e = row";

	private static final String COUNT = "UNWIND $rows AS row MATCH (b:" + GraphLedger.BATCH
			+ " {batchId: row.id}) SET b.recordCount = b.recordCount + row.delta RETURN row.id AS id";

	private static final String CLEAR_JOURNAL = "MATCH (j:" + GraphLedger.JOURNAL + ") DELETE j";

	/**
	 * Writes {@code records} in {@code tx}, in order, numbered from {@code seq}; a record
	 * the history contradicts fails the transaction, naming {@code location}.
	 */
	static void write(TransactionContext tx, List<Held> records, long seq, String location) {
		int start = 0;
		while (start < records.size()) {
			Class<?> kind = records.get(start).getClass();
			int end = start;
			while (end < records.size() && records.get(end).getClass() == kind) {
				end++;
			}
			List<Held> run = records.subList(start, end);
			if (kind == Upgrade.class) {
				upgrades(tx, run, seq + start, location);
			}
			else if (kind == Downgrade.class) {
				downgrades(tx, run, seq + start, location);
			}
			else {
				counts(tx, run, location);
			}
			start = end;
		}
	}

	private static void upgrades(TransactionContext tx, List<Held> run, long seq, String location) {
		List<String> revisions = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Held held : run) {
			Upgrade upgrade = (Upgrade) held;
			revisions.add(upgrade.migration().revision());
			rows.add(Map.of("applied", GraphRecords.applied(upgrade.migration(), seq), "event",
					GraphRecords.event(upgrade.event(), seq)));
			seq++;
		}
		tx.run(ALREADY_APPLIED, Map.of("revisions", revisions)).stream().findFirst().ifPresent(found -> {
			throw new LedgerException(
					"Revision " + found.get("revision").asString() + " is already recorded as applied in " + location);
		});
		tx.run(CREATE_APPLIED, Map.of("rows", rows)).consume();
		tx.run(COMMIT_BATCHES, Map.of("revisions", revisions)).consume();
		tx.run(CLEAR_JOURNAL).consume();
	}

	private static void downgrades(TransactionContext tx, List<Held> run, long seq, String location) {
		List<String> revisions = new ArrayList<>();
		Set<String> keep = new HashSet<>();
		List<Map<String, Object>> events = new ArrayList<>();
		for (Held held : run) {
			Downgrade downgrade = (Downgrade) held;
			revisions.add(downgrade.revision());
			keep.addAll(downgrade.stillInGraph());
			events.add(GraphRecords.event(downgrade.event(), seq++));
		}
		Set<String> deleted = new HashSet<>(
				tx.run(DELETE_APPLIED, Map.of("revisions", revisions)).list(r -> r.get("revision").asString()));
		revisions.stream().filter(revision -> !deleted.contains(revision)).findFirst().ifPresent(revision -> {
			throw new LedgerException("Revision " + revision + " is not recorded as applied in " + location);
		});
		tx.run(DELETE_BATCHES, Map.of("revisions", revisions, "keep", List.copyOf(keep))).consume();
		tx.run(CREATE_EVENTS, Map.of("rows", events)).consume();
		tx.run(CLEAR_JOURNAL).consume();
	}

	/** The deltas of one batch are summed first: a long ingest adds one per chunk. */
	private static void counts(TransactionContext tx, List<Held> run, String location) {
		Map<String, Long> deltas = new LinkedHashMap<>();
		for (Held held : run) {
			Count count = (Count) held;
			deltas.merge(count.batchId(), count.delta(), Long::sum);
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		deltas.forEach((id, delta) -> rows.add(Map.of("id", id, "delta", delta)));
		Set<String> found = new LinkedHashSet<>(tx.run(COUNT, Map.of("rows", rows)).list(r -> r.get("id").asString()));
		deltas.keySet().stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
			throw new LedgerException("Batch " + id + " is not recorded in " + location);
		});
	}

}
