package dev.crochet.engine;

import dev.crochet.LockedException;
import dev.crochet.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lock and the run mark on the head mirror node, statement by statement: what each
 * way of giving the lock back leaves in the graph.
 */
class GraphLockIT extends EngineTestBase {

	private Driver driver;

	private GraphLock lock;

	@BeforeEach
	void connect() {
		driver = GraphDatabase.driver(uri(), AuthTokens.none());
		lock = new GraphLock(new Graph(driver, null, uri(), 1000));
	}

	@AfterEach
	void disconnect() {
		driver.close();
	}

	private List<Map<String, Object>> query(String cypher) {
		return driver.executableQuery(cypher).execute().records().stream().map(r -> r.asMap()).toList();
	}

	private List<Map<String, Object>> holders() {
		return query("MATCH (s:_CrochetState) WHERE s.lockOwner IS NOT NULL RETURN s.lockOwner AS owner");
	}

	@Test
	void takingTheLockOnAFreshGraphReadsNoHeadAndNoMark() {
		GraphLock.Taken taken = lock.acquire("run-1");

		assertThat(taken).isEqualTo(new GraphLock.Taken("run-1", null, false));
		assertThat(
				query("MATCH (s:_CrochetState) RETURN s.name AS name, s.lockOwner AS owner, s._crochetLatch AS latch"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("owner")).isEqualTo("run-1");
				assertThat(row.get("latch")).as("the latch names the last taker").isEqualTo("run-1");
			});
		assertThat(query("SHOW CONSTRAINTS YIELD name WHERE name = 'crochet_internal_state' RETURN name")).hasSize(1);
	}

	@Test
	void aSecondRunIsRefusedNamingTheHolder() {
		lock.acquire("run-1");

		assertThatThrownBy(() -> lock.acquire("run-2")).isInstanceOf(LockedException.class)
			.hasMessageStartingWith("The graph is locked by run-1 since ")
			.hasMessageEndingWith("; another migration run is in progress (if it died, run 'crochet unlock')");
		assertThat(holders()).containsExactly(Map.of("owner", "run-1"));
	}

	@Test
	void releasingWithAHeadRecordsItAndClearsAnyMark() {
		query("CREATE (:_CrochetState {name: 'crochet', head: '0001', inProgress: 'dead-run'})");
		GraphLock.Taken taken = lock.acquire("run-1");
		assertThat(taken).isEqualTo(new GraphLock.Taken("run-1", "0001", true));

		lock.releaseRecording(taken, "0002", "hash-2");

		assertThat(query("MATCH (s:_CrochetState) RETURN s.head AS head, s.schemaHash AS hash, s.inProgress AS mark"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("head")).isEqualTo("0002");
				assertThat(row.get("hash")).isEqualTo("hash-2");
				assertThat(row.get("mark")).isNull();
			});
		assertThat(holders()).isEmpty();
	}

	@Test
	void releasingWithoutAHeadLeavesTheMirrorAlone() {
		query("CREATE (:_CrochetState {name: 'crochet', head: '0001', inProgress: 'dead-run'})");
		GraphLock.Taken taken = lock.acquire("run-1");

		lock.release(taken);

		assertThat(query("MATCH (s:_CrochetState) RETURN s.head AS head, s.inProgress AS mark"))
			.containsExactly(Map.of("head", "0001", "mark", "dead-run"));
		assertThat(holders()).isEmpty();
	}

	@Test
	void aRunThatCannotRecordItsHeadLeavesItsOwnerAsTheMark() {
		GraphLock.Taken taken = lock.acquire("run-1");

		lock.abandon(taken);

		assertThat(query("MATCH (s:_CrochetState) RETURN s.inProgress AS mark"))
			.containsExactly(Map.of("mark", "run-1"));
		assertThat(holders()).isEmpty();
		assertThat(lock.acquire("run-2")).isEqualTo(new GraphLock.Taken("run-2", null, true));
	}

	@Test
	void aRunThatLostItsLockNeitherReleasesNorRecordsAnything() {
		GraphLock.Taken first = lock.acquire("run-1");
		lock.forceRelease();
		GraphLock.Taken second = lock.acquire("run-2");

		lock.release(first);
		lock.releaseRecording(first, "0009", null);

		assertThat(holders()).containsExactly(Map.of("owner", "run-2"));
		assertThat(query("MATCH (s:_CrochetState) RETURN s.head AS head, s.inProgress AS mark")).singleElement()
			.satisfies(row -> {
				assertThat(row.get("head")).as("a run that lost its lock records no head").isNull();
				assertThat(row.get("mark")).isEqualTo("run-1");
			});
		lock.release(second);
		assertThat(holders()).isEmpty();
	}

	@Test
	void aSecondMirrorNodeIsRefusedAndNeitherNodeIsLocked() {
		query("CREATE (:_CrochetState {name: 'crochet', head: '0001'}), (:_CrochetState {name: 'copied'})");

		assertThatThrownBy(() -> lock.acquire("run-1")).isInstanceOf(ValidationException.class)
			.hasMessage("The graph has 2 nodes labelled _CrochetState; Crochet keeps its head and lock on exactly one"
					+ " (name 'crochet'). Remove the others.");
		assertThat(
				query("MATCH (s:_CrochetState) WHERE s.lockOwner IS NOT NULL OR s._crochetLatch IS NOT NULL RETURN s"))
			.as("the latch written to both is rolled back")
			.isEmpty();
	}

	@Test
	void ofRunsRacingForTheLockExactlyOneWinsEvenOnAFreshGraph() throws Exception {
		int runs = 6;
		ExecutorService pool = Executors.newFixedThreadPool(runs);
		try {
			for (int round = 0; round < 10; round++) {
				if (round == 0) {
					assertThat(query("MATCH (s:_CrochetState) RETURN s")).as("fresh graph").isEmpty();
				}
				CountDownLatch start = new CountDownLatch(1);
				List<Future<GraphLock.Taken>> attempts = new ArrayList<>();
				for (int i = 0; i < runs; i++) {
					String owner = "run-" + round + "-" + i;
					attempts.add(pool.submit(() -> {
						start.await();
						try {
							return lock.acquire(owner);
						}
						catch (LockedException ex) {
							return null;
						}
					}));
				}
				start.countDown();
				List<GraphLock.Taken> won = new ArrayList<>();
				for (Future<GraphLock.Taken> attempt : attempts) {
					GraphLock.Taken taken = attempt.get(60, TimeUnit.SECONDS);
					if (taken != null) {
						won.add(taken);
					}
				}
				assertThat(won).as("round " + round).hasSize(1);
				assertThat(holders()).containsExactly(Map.of("owner", won.get(0).owner()));
				lock.release(won.get(0));
			}
			assertThat(query("MATCH (s:_CrochetState) RETURN count(s) AS n")).containsExactly(Map.of("n", 1L));
		}
		finally {
			pool.shutdownNow();
		}
	}

}
