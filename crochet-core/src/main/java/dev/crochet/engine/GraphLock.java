package dev.crochet.engine;

import dev.crochet.LockedException;
import org.neo4j.driver.Record;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph-side migration lock, held in the head mirror node itself ({@code _CrochetState}:
 * {@code lockOwner}, {@code lockSince}), so two runs against one database (other threads, other
 * JVMs, other machines with their own ledgers) can never both apply.
 *
 * <p>Taking it writes a latch property first: the write takes the node's exclusive lock, so the
 * holder read after it is the committed one and a concurrent run waits, then sees the new holder
 * (Neo4j's documented cure for lost updates in Cypher). A run that dies leaves its owner on the
 * node, which is what marks the graph as possibly lagging behind the ledger: {@link #forceRelease}
 * turns it into an {@code inProgress} mark, and the next run may then catch the mirror up.
 *
 * <p>A call costs two statements: taking the lock also reads the mirror, giving it back records the
 * new head. Every schema change empties Neo4j's query-plan cache, and a call runs right after
 * schema changes (its own, or the previous call's), so each statement is planned afresh: 20 to 60
 * ms each on the embedded server against 2 to 4 ms cached. A separate lock node needed a
 * {@code CREATE CONSTRAINT ... IF NOT EXISTS} on every call and larger statements; this form is 10
 * to 20 ms cheaper per call (probe on the 50-migration schema chain of crochet-bench).
 */
final class GraphLock {

	/** What the head mirror recorded when the lock was taken. */
	record Taken(String owner, String head, boolean interrupted) {
	}

	private static final String MIRROR = "(s:" + Internal.STATE_LABEL + " {name: 'crochet'})";

	// The latch keeps the last taker's name rather than being removed again: a clause less to plan.
	private static final String TAKE = "MATCH " + MIRROR + " SET s." + Internal.LATCH_PROPERTY + " = $owner"
			+ " WITH s SET s.lockOwner = coalesce(s.lockOwner, $owner), s.lockSince = coalesce(s.lockSince, $since)"
			+ " RETURN s.lockOwner AS holder, s.lockSince AS since, s.head AS head, s.inProgress AS mark";

	private static final String LOCK_TO_MARK = " SET s.inProgress = coalesce(s.inProgress, s.lockOwner)"
			+ " REMOVE s.lockOwner, s.lockSince";

	private final Graph graph;

	GraphLock(Graph graph) {
		this.graph = graph;
	}

	Taken acquire(String owner) {
		Map<String, Object> parameters = Map.of("owner", owner, "since", Instant.now().toString());
		List<Record> rows = graph.write(TAKE, parameters, r -> r);
		if (rows.isEmpty()) {
			createMirror();
			rows = graph.write(TAKE, parameters, r -> r);
		}
		Record row = rows.get(0);
		String holder = row.get("holder").asString();
		if (!holder.equals(owner)) {
			throw new LockedException("The graph is locked by " + holder + " since " + row.get("since").asString()
					+ "; another migration run is in progress (if it died, run 'crochet unlock')");
		}
		return new Taken(owner, row.get("head").isNull() ? null : row.get("head").asString(), !row.get("mark").isNull());
	}

	/**
	 * Only on a graph Crochet has never run on: the unique constraint makes two first runs create
	 * one mirror node between them, which every later lock is then taken on.
	 */
	private void createMirror() {
		// Racing first runs can deadlock here; write() retries them.
		graph.write("CREATE CONSTRAINT " + Internal.STATE_CONSTRAINT + " IF NOT EXISTS FOR (s:" + Internal.STATE_LABEL
				+ ") REQUIRE s.name IS UNIQUE", Map.of(), r -> r);
		graph.write("MERGE " + MIRROR, Map.of(), r -> r);
	}

	/**
	 * Records {@code head} in the mirror, clears any mark of a dead run and releases the lock; does
	 * nothing when the lock is no longer this run's (force-released, maybe taken by another run).
	 */
	void releaseRecording(Taken taken, String head, String schemaHash) {
		// One map, nulls removing: a smaller statement to plan than separate SET and REMOVE clauses.
		Map<String, Object> state = new HashMap<>();
		state.put("head", head);
		state.put("schemaHash", schemaHash);
		state.put("updatedAt", Instant.now().toString());
		state.put("lockOwner", null);
		state.put("lockSince", null);
		state.put("inProgress", null);
		graph.run(ownLock() + " SET s += $state", Map.of("owner", taken.owner(), "state", state));
	}

	/** Releases the lock, leaving the mirror as it was. */
	void release(Taken taken) {
		graph.run(ownLock() + " REMOVE s.lockOwner, s.lockSince", Map.of("owner", taken.owner()));
	}

	/**
	 * Releases the lock of a run that could not record its head, keeping its owner as the mark that
	 * lets the next run catch the mirror up.
	 */
	void abandon(Taken taken) {
		graph.run(ownLock() + LOCK_TO_MARK, Map.of("owner", taken.owner()));
	}

	/** Releases the lock whoever holds it, keeping its owner as the mark of a run that may have died. */
	void forceRelease() {
		graph.run("MATCH " + MIRROR + " WHERE s.lockOwner IS NOT NULL" + LOCK_TO_MARK, Map.of());
	}

	private static String ownLock() {
		return "MATCH " + MIRROR + " WHERE s.lockOwner = $owner";
	}
}
