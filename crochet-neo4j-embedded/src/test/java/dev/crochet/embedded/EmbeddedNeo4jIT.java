package dev.crochet.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedNeo4jIT {

	@Test
	void startsOnLoopbackRunsAQueryOverBoltAndClosesQuickly() {
		long startNanos = System.nanoTime();
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start();
		Duration startTime = Duration.ofNanos(System.nanoTime() - startNanos);
		Path store = neo4j.storeDirectory();
		try {
			assertThat(neo4j.boltUri().toString()).matches("bolt://127\\.0\\.0\\.1:\\d+");
			assertThat(neo4j.boltUri().getPort()).isPositive();
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri()); Session session = driver.session()) {
				long answer = session.run("RETURN $a + 1 AS answer", Map.of("a", 41)).single().get("answer").asLong();
				assertThat(answer).isEqualTo(42);
			}
		}
		finally {
			long closeNanos = System.nanoTime();
			neo4j.close();
			Duration closeTime = Duration.ofNanos(System.nanoTime() - closeNanos);
			System.out.printf("embedded Neo4j: start %d ms, close %d ms%n", startTime.toMillis(), closeTime.toMillis());
			assertThat(closeTime).isLessThan(Duration.ofSeconds(3));
		}
		assertThat(store).doesNotExist();
		neo4j.close();
	}

	@Test
	void aPersistentStoreKeepsItsDataAcrossRestarts(@TempDir Path directory) {
		Path store = directory.resolve("store");
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store);
				Driver driver = GraphDatabase.driver(neo4j.boltUri());
				Session session = driver.session()) {
			session.run("CREATE (:Kept {name: $name})", Map.of("name", "survivor")).consume();
		}
		assertThat(store).isDirectory();
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store);
				Driver driver = GraphDatabase.driver(neo4j.boltUri());
				Session session = driver.session()) {
			assertThat(session.run("MATCH (n:Kept) RETURN n.name AS name").single().get("name").asString())
				.isEqualTo("survivor");
		}
	}

	@Test
	void aStoreOpenElsewhereIsRefusedWithAMessageNamingTheDirectory(@TempDir Path directory) {
		Path store = directory.resolve("store");
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(store)) {
			assertThatThrownBy(() -> EmbeddedNeo4j.start(store)).isInstanceOf(EmbeddedNeo4jException.class)
				.hasMessage("Cannot start the embedded Neo4j: the store directory " + store.toAbsolutePath()
						+ " is locked by another Neo4j (another process, or another server in this JVM)");
			assertThat(first.boltUri()).isNotNull();
		}
	}

	@Test
	void aStoreDirectoryThatIsAFileIsRefusedWithAMessageNamingIt(@TempDir Path directory) throws Exception {
		Path file = Files.writeString(directory.resolve("not-a-directory"), "x");
		assertThatThrownBy(() -> EmbeddedNeo4j.start(file)).isInstanceOf(EmbeddedNeo4jException.class)
			.hasMessageStartingWith("Cannot create the Neo4j store directory " + file.toAbsolutePath() + ": ");
	}

	@Test
	void twoServersRunSideBySideOnDifferentPorts() {
		try (EmbeddedNeo4j one = EmbeddedNeo4j.start(); EmbeddedNeo4j two = EmbeddedNeo4j.start()) {
			assertThat(one.boltUri()).isNotEqualTo(two.boltUri());
		}
	}

	@Test
	void withAPasswordOnlyThatPasswordGetsIn() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.startWithPassword("right-password")) {
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "right-password"));
					Session session = driver.session()) {
				assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
			}
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "wrong-password"))) {
				assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri())) {
				assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
		}
	}

	@Test
	void settingsFromTheFileNamedByTheSystemPropertyReachTheServer(@TempDir Path directory) throws Exception {
		Path settings = Files.writeString(directory.resolve("extra.conf"), "db.transaction.timeout=7s\n");
		System.setProperty("crochet.embedded.config", settings.toString());
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start();
				Driver driver = GraphDatabase.driver(neo4j.boltUri());
				Session session = driver.session()) {
			assertThat(
					session.run("SHOW SETTINGS 'db.transaction.timeout' YIELD value").single().get("value").asString())
				.isEqualTo("7s");
		}
		finally {
			System.clearProperty("crochet.embedded.config");
		}
	}

	@Test
	void aPasswordShorterThanNeo4jsMinimumIsRefused() {
		assertThatThrownBy(() -> EmbeddedNeo4j.startWithPassword("short")).isInstanceOf(EmbeddedNeo4jException.class)
			.hasMessage("The password for the embedded Neo4j must have at least 8 characters, it has 5");
	}

}
