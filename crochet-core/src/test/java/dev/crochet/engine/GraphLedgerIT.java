package dev.crochet.engine;

import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerContract;
import dev.crochet.ledger.LedgerDamagedException;
import dev.crochet.ledger.LedgerException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger contract on the graph ledger, against a real embedded Neo4j; and what only
 * the graph ledger does: it writes nothing until its first record, a second instance (a
 * second machine) reads what the first wrote, and a layout from a newer Crochet is
 * refused.
 */
class GraphLedgerIT extends LedgerContract {

	static EmbeddedNeo4j neo4j;

	static Driver driver;

	Graph graph;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start();
		driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
	}

	@AfterAll
	static void stop() {
		driver.close();
		neo4j.close();
	}

	@Override
	protected Ledger openLedger() {
		graph = new Graph(driver, null, neo4j.boltUri().toString(), 1000);
		DatabaseCleaner.clean(graph);
		return GraphLedger.open(graph);
	}

	@AfterEach
	void emptyAgain() {
		DatabaseCleaner.clean(graph);
	}

	@Test
	void readingAnEmptyDatabaseWritesNothing() {
		assertThat(ledger.applied()).isEmpty();
		assertThat(ledger.intent()).isEmpty();
		assertThat(ledger.lock()).isEmpty();
		ledger.unlock("nobody");
		ledger.forceUnlock();

		assertThat(GraphLedger.present(graph)).isFalse();
		assertThat(count("MATCH (n) RETURN count(n) AS n")).isZero();
		assertThat(ledger.file()).isEmpty();
		assertThat(ledger.location()).isEqualTo("the graph ledger of the default database at " + neo4j.boltUri());
	}

	@Test
	void aSecondInstanceReadsWhatTheFirstWrote() {
		ledger.recordApplied(new dev.crochet.ledger.AppliedMigration("0001", null, "init", "h", "c", true, T0, 3));
		ledger.lock("machine-a");

		Ledger other = GraphLedger.open(new Graph(driver, null, neo4j.boltUri().toString(), 1000));
		assertThat(other.head()).map(a -> a.revision()).contains("0001");
		assertThatThrownBy(() -> other.lock("machine-b")).isInstanceOf(dev.crochet.LockedException.class)
			.hasMessageStartingWith("The graph ledger of the default database at " + neo4j.boltUri()
					+ " is locked by machine-a since ");
		assertThat(GraphLedger.present(graph)).isTrue();
	}

	@Test
	void aLayoutFromANewerCrochetIsRefused() {
		ledger.append(dev.crochet.ledger.LedgerEvent.of("UPGRADE", "0001", "OK", null));
		driver.executableQuery("MATCH (l:_CrochetLedger) SET l.version = 99").execute();

		assertThatThrownBy(() -> ledger.append(dev.crochet.ledger.LedgerEvent.of("UPGRADE", "0002", "OK", null)))
			.isInstanceOf(LedgerException.class)
			.hasMessage("The graph ledger of the default database at " + neo4j.boltUri()
					+ " has layout version 99, written by a newer Crochet; this one reads version 1. Upgrade Crochet.");
		assertThatThrownBy(ledger::requireIntact).isInstanceOf(LedgerDamagedException.class)
			.hasMessageContaining("layout version 99 was written by a newer Crochet (this one reads version 1)");
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).withParameters(Map.of()).execute().records().get(0).get(0).asLong();
	}

}
