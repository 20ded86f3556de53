package dev.crochet.engine;

import dev.crochet.LockedException;
import org.neo4j.driver.exceptions.ClientException;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The graph-side migration lock: a single {@code _CrochetLock} node made atomic by a unique
 * constraint, so two runs against one database (other threads, other JVMs, other machines with
 * their own ledgers) can never both apply.
 *
 * <p>A run that dies leaves its lock node behind, which is what marks the graph as possibly lagging
 * behind the ledger: {@link #forceRelease} turns a left-over lock into an {@code inProgress} mark on
 * the head mirror, and the next run may then catch the mirror up.
 *
 * <p>Taking the lock also reads the mirror, and giving it back records the new head: one statement
 * each, because Neo4j plans every statement afresh after a schema change, and a call runs right
 * after schema changes (its own, or the previous call's). Planning these two costs 35 to 60 ms each
 * on the embedded server against 2 to 4 ms cached, and every clause adds to it; with six separate
 * lock and mirror statements the fixed cost of a call was 110 to 130 ms, with these two 55 to 95 ms
 * (crochet-bench, 50-migration schema chain).
 */
final class GraphLock {

	/** What the head mirror recorded when the lock was taken. */
	record Taken(String owner, String head, boolean interrupted) {
	}

	private static final String MIRROR = "(s:" + Internal.STATE_LABEL + " {name: 'crochet'})";

	private final Graph graph;

	GraphLock(Graph graph) {
		this.graph = graph;
	}

	Taken acquire(String owner) {
		// Not a SHOW CONSTRAINTS first: after a schema change that read is planned afresh (about 20 ms)
		// while an existing constraint makes this a 5 ms no-op that keeps the plan cache.
		graph.run("CREATE CONSTRAINT " + Internal.LOCK_CONSTRAINT + " IF NOT EXISTS FOR (l:" + Internal.LOCK_LABEL
				+ ") REQUIRE l.name IS UNIQUE", Map.of());
		try {
			return graph.write("CREATE (:" + Internal.LOCK_LABEL + " {name: 'crochet', owner: $owner, since: $since})"
					+ " WITH 1 AS locked OPTIONAL MATCH " + MIRROR + " RETURN s.head AS head, s.inProgress AS mark",
					Map.of("owner", owner, "since", Instant.now().toString()),
					r -> new Taken(owner, r.get("head").isNull() ? null : r.get("head").asString(), !r.get("mark").isNull()))
				.get(0);
		}
		catch (ClientException ex) {
			String holder = graph.query("MATCH (l:" + Internal.LOCK_LABEL + " {name: 'crochet'}) RETURN l.owner + ' since ' + l.since AS h",
					Map.of(), r -> r.get("h").asString()).stream().findFirst().orElse("another run");
			throw new LockedException("The graph is locked by " + holder
					+ "; another migration run is in progress (if it died, run 'crochet unlock')", ex);
		}
	}

	/**
	 * Records {@code head} in the mirror, clears any mark of a dead run and releases the lock; does
	 * nothing when the lock is no longer this run's (force-released, maybe taken by another run).
	 */
	void releaseRecording(Taken taken, String head, String schemaHash) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("owner", taken.owner());
		parameters.put("head", head);
		parameters.put("hash", schemaHash);
		parameters.put("now", Instant.now().toString());
		graph.run("MATCH (l:" + Internal.LOCK_LABEL + ") WHERE l.owner = $owner MERGE " + MIRROR
				+ " SET s.head = $head, s.schemaHash = $hash, s.updatedAt = $now REMOVE s.inProgress DELETE l", parameters);
	}

	/** Releases the lock, leaving the mirror as it was. */
	void release(Taken taken) {
		graph.run("MATCH (l:" + Internal.LOCK_LABEL + ") WHERE l.owner = $owner DELETE l", Map.of("owner", taken.owner()));
	}

	/**
	 * Releases the lock of a run that could not record its head, keeping its owner as the mark that
	 * lets the next run catch the mirror up.
	 */
	void abandon(Taken taken) {
		graph.run(lockToMark("WHERE l.owner = $owner"), Map.of("owner", taken.owner()));
	}

	/** Deletes the lock whoever holds it, keeping its owner as the mark of a run that may have died. */
	void forceRelease() {
		graph.run(lockToMark(""), Map.of());
	}

	private static String lockToMark(String where) {
		return "MATCH (l:" + Internal.LOCK_LABEL + ") " + where + " MERGE " + MIRROR
				+ " SET s.inProgress = coalesce(s.inProgress, l.owner) DELETE l";
	}
}
