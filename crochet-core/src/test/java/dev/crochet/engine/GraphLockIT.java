package dev.crochet.engine;

import dev.crochet.LockedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lock node and the head mirror's run mark, statement by statement: what each way of giving the
 * lock back leaves in the graph.
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

	@Test
	void takingTheLockOnAFreshGraphReadsNoHeadAndNoMark() {
		GraphLock.Taken taken = lock.acquire("run-1");

		assertThat(taken).isEqualTo(new GraphLock.Taken("run-1", null, false));
		assertThat(query("MATCH (l:_CrochetLock) RETURN l.owner AS owner")).containsExactly(Map.of("owner", "run-1"));
		assertThat(query("SHOW CONSTRAINTS YIELD name WHERE name = 'crochet_internal_lock' RETURN name")).hasSize(1);
	}

	@Test
	void aSecondRunIsRefusedNamingTheHolder() {
		lock.acquire("run-1");

		assertThatThrownBy(() -> lock.acquire("run-2")).isInstanceOf(LockedException.class)
			.hasMessageStartingWith("The graph is locked by run-1 since ");
		assertThat(query("MATCH (l:_CrochetLock) RETURN l.owner AS owner")).containsExactly(Map.of("owner", "run-1"));
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
		assertThat(query("MATCH (l:_CrochetLock) RETURN l")).isEmpty();
	}

	@Test
	void releasingWithoutAHeadLeavesTheMirrorAlone() {
		query("CREATE (:_CrochetState {name: 'crochet', head: '0001', inProgress: 'dead-run'})");
		GraphLock.Taken taken = lock.acquire("run-1");

		lock.release(taken);

		assertThat(query("MATCH (s:_CrochetState) RETURN s.head AS head, s.inProgress AS mark"))
			.containsExactly(Map.of("head", "0001", "mark", "dead-run"));
		assertThat(query("MATCH (l:_CrochetLock) RETURN l")).isEmpty();
	}

	@Test
	void aRunThatCannotRecordItsHeadLeavesItsOwnerAsTheMark() {
		GraphLock.Taken taken = lock.acquire("run-1");

		lock.abandon(taken);

		assertThat(query("MATCH (s:_CrochetState) RETURN s.inProgress AS mark")).containsExactly(Map.of("mark", "run-1"));
		assertThat(query("MATCH (l:_CrochetLock) RETURN l")).isEmpty();
		assertThat(lock.acquire("run-2")).isEqualTo(new GraphLock.Taken("run-2", null, true));
	}

	@Test
	void aRunThatLostItsLockNeitherReleasesNorRecordsAnything() {
		GraphLock.Taken first = lock.acquire("run-1");
		lock.forceRelease();
		GraphLock.Taken second = lock.acquire("run-2");

		lock.release(first);
		lock.releaseRecording(first, "0009", null);

		assertThat(query("MATCH (l:_CrochetLock) RETURN l.owner AS owner")).containsExactly(Map.of("owner", "run-2"));
		assertThat(query("MATCH (s:_CrochetState) RETURN s.head AS head, s.inProgress AS mark"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("head")).as("a run that lost its lock records no head").isNull();
				assertThat(row.get("mark")).isEqualTo("run-1");
			});
		lock.release(second);
		assertThat(query("MATCH (l:_CrochetLock) RETURN l")).isEmpty();
	}
}
