package dev.crochet.engine;

import dev.crochet.LockedException;
import dev.crochet.ValidationException;
import dev.crochet.ledger.RunLock;
import org.neo4j.driver.TransactionContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The graph-side migration lock, held in the head mirror node itself
 * ({@code _CrochetState}: {@code lockOwner}, {@code lockSince}), so two runs against one
 * database (other threads, other JVMs, other machines with their own ledgers) can never
 * both apply.
 *
 * <p>
 * Every step is one transaction that first writes a latch property, which takes the
 * node's exclusive lock, and reads the node back: what it reads is the committed state,
 * and a concurrent run waits, then sees the new holder (Neo4j's documented cure for lost
 * updates in Cypher). Only then does the step decide and write its change. A run that
 * dies leaves its owner on the node, which is what marks the graph as possibly lagging
 * behind the ledger: {@link #forceRelease} turns it into an {@code inProgress} mark, and
 * the next run may then catch the mirror up.
 *
 * <p>
 * Why one statement, {@link #MIRROR}, for the latch and the change alike: every schema
 * change empties Neo4j's query-plan cache, and a call runs right after schema changes
 * (its own, or the previous call's), so its first statement is planned afresh each time,
 * and planning costs more the more clauses a statement has (embedded server, after a
 * schema change: this statement 12 ms, a MATCH-SET-WITH-SET-RETURN lock statement 28 ms;
 * probe on crochet-bench's jar). The second use in the same transaction finds the plan
 * cached. The decisions are then plain Java.
 */
final class GraphLock {

	/** What the head mirror recorded when the lock was taken. */
	record Taken(String owner, String head, boolean interrupted) {
	}

	/** Writes {@code $set} onto the mirror node (nulls remove) and returns the node. */
	private static final String MIRROR = "MATCH (s:" + Internal.STATE_LABEL + ") SET s += $set RETURN s";

	private final Graph graph;

	GraphLock(Graph graph) {
		this.graph = graph;
	}

	Taken acquire(String owner) {
		Optional<Taken> taken = take(owner);
		if (taken.isEmpty()) {
			createMirror();
			taken = take(owner);
		}
		return taken.orElseThrow(() -> new ValidationException("The " + Internal.STATE_LABEL
				+ " node was removed while the lock was being taken; is another process cleaning this database? Nothing was run."));
	}

	/** Takes the lock on the mirror node, or finds none. */
	private Optional<Taken> take(String owner) {
		return graph.inWriteTransaction(tx -> latch(tx, owner).map(state -> {
			Object holder = state.get("lockOwner");
			// A holder on this host whose process is gone died holding the lock: take it
			// over as 'unlock'
			// would, keeping the mark that lets this run catch the head mirror up.
			boolean dead = holder != null && RunLock.alive(holder.toString()).equals(Optional.of(false));
			if (holder != null && !holder.equals(owner) && !dead) {
				// Thrown inside the transaction function: the latch write is rolled back
				// with it.
				throw new LockedException("The graph is locked by " + holder + " since " + state.get("lockSince")
						+ "; another migration run is in progress (if it died, run 'crochet unlock')");
			}
			Map<String, Object> change = new HashMap<>(
					Map.of("lockOwner", owner, "lockSince", Instant.now().toString()));
			if (dead && state.get("inProgress") == null) {
				change.put("inProgress", holder);
			}
			set(tx, change);
			return new Taken(owner, (String) state.get("head"), dead || state.get("inProgress") != null);
		}));
	}

	/**
	 * Only on a graph Crochet has never run on: the unique constraint makes two first
	 * runs create one mirror node between them, which every later lock is then taken on.
	 */
	private void createMirror() {
		// Racing first runs can deadlock here; write() retries them.
		graph.write("CREATE CONSTRAINT " + Internal.STATE_CONSTRAINT + " IF NOT EXISTS FOR (s:" + Internal.STATE_LABEL
				+ ") REQUIRE s.name IS UNIQUE", Map.of(), r -> r);
		graph.write("MERGE (s:" + Internal.STATE_LABEL + " {name: 'crochet'})", Map.of(), r -> r);
	}

	/**
	 * Records {@code head} in the mirror, clears any mark of a dead run and releases the
	 * lock; does nothing when the lock is no longer this run's (force-released, maybe
	 * taken by another run).
	 */
	void releaseRecording(Taken taken, String head, String schemaHash) {
		ifHeldBy(taken.owner(), state -> {
			Map<String, Object> change = unlocked();
			change.put("head", head);
			change.put("schemaHash", schemaHash);
			change.put("updatedAt", Instant.now().toString());
			change.put("inProgress", null);
			return change;
		});
	}

	/** Releases the lock, leaving the mirror as it was. */
	void release(Taken taken) {
		ifHeldBy(taken.owner(), state -> unlocked());
	}

	/**
	 * Releases the lock of a run that could not record its head, keeping its owner as the
	 * mark that lets the next run catch the mirror up.
	 */
	void abandon(Taken taken) {
		ifHeldBy(taken.owner(), GraphLock::lockToMark);
	}

	/**
	 * Releases the lock whoever holds it, keeping its owner as the mark of a run that may
	 * have died.
	 */
	void forceRelease() {
		graph.inWriteTransaction(tx -> latch(tx, "unlock").filter(state -> state.get("lockOwner") != null)
			.map(state -> set(tx, lockToMark(state))));
	}

	private void ifHeldBy(String owner, UnaryOperator<Map<String, Object>> change) {
		graph.inWriteTransaction(tx -> latch(tx, owner).filter(state -> owner.equals(state.get("lockOwner")))
			.map(state -> set(tx, change.apply(state))));
	}

	/**
	 * The mirror's properties read under its write lock, or empty when the graph has no
	 * mirror yet.
	 */
	private static Optional<Map<String, Object>> latch(TransactionContext tx, String taker) {
		return set(tx, Map.of(Internal.LATCH_PROPERTY, taker));
	}

	private static Optional<Map<String, Object>> set(TransactionContext tx, Map<String, Object> change) {
		List<Map<String, Object>> nodes = tx.run(MIRROR, Map.of("set", change)).list(r -> r.get("s").asNode().asMap());
		if (nodes.size() > 1) {
			// Thrown inside the transaction function, so the write to every one of them
			// is rolled back.
			throw new ValidationException("The graph has " + nodes.size() + " nodes labelled " + Internal.STATE_LABEL
					+ "; Crochet keeps its head and lock on exactly one (name 'crochet'). Remove the others.");
		}
		return nodes.stream().findFirst();
	}

	/** Lock properties removed (nulls remove them in {@code SET +=}). */
	private static Map<String, Object> unlocked() {
		Map<String, Object> change = new HashMap<>();
		change.put("lockOwner", null);
		change.put("lockSince", null);
		return change;
	}

	private static Map<String, Object> lockToMark(Map<String, Object> state) {
		Map<String, Object> change = unlocked();
		Object mark = state.get("inProgress");
		change.put("inProgress", mark != null ? mark : state.get("lockOwner"));
		return change;
	}

}
