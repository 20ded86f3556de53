package dev.crochet.engine;

import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerContract;
import dev.crochet.ledger.LedgerDamagedException;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.LedgerException;
import dev.crochet.ledger.StepIntent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.util.List;
import java.util.Map;
import java.util.Set;

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

	@Test
	void aCallsHeldRecordsAreWrittenTogetherWhenItEnds() {
		AppliedMigration a = new AppliedMigration("0001", null, "a", null, null, true, T0, 1);
		AppliedMigration b = new AppliedMigration("0002", "0001", "b", null, null, true, T0, 1);
		AppliedMigration c = new AppliedMigration("0003", "0002", "c", null, null, true, T0, 1);
		ledger.recordBatch(new BatchRecord("people", "0002", null, null, null, 0, BatchStatus.OPEN, T0));

		ledger.beginCall("UPGRADE", List.of("0001", "0002", "0003"), "me");
		for (AppliedMigration revision : List.of(a, b, c)) {
			ledger.recordIntent(StepIntent.starting(revision.revision(), "UPGRADE", 1, "me"), null, false);
			if (revision == b) {
				ledger.addBatchRecords("people", 4);
				ledger.addBatchRecords("people", 6);
			}
			ledger.recordUpgrade(revision, LedgerEvent.of("UPGRADE", revision.revision(), "OK", null));
		}
		assertThat(count("MATCH (a:_CrochetApplied) RETURN count(a) AS n")).as("held until the call ends").isZero();
		ledger.endCall();

		assertThat(ledger.applied()).containsExactly(a, b, c);
		assertThat(ledger.batch("people")).map(BatchRecord::status).contains(BatchStatus.COMMITTED);
		assertThat(ledger.batch("people")).map(BatchRecord::recordCount).contains(10L);
		assertThat(ledger.events()).extracting(LedgerEvent::revision).containsExactly("0001", "0002", "0003");
		assertThat(ledger.events()).extracting(LedgerEvent::sequence).isSorted().doesNotHaveDuplicates();
		assertThat(ledger.intent()).isEmpty();
		assertThat(ledger.unfinishedCall()).isEmpty();

		ledger.beginCall("DOWNGRADE", List.of("0003", "0002"), "me");
		for (String revision : List.of("0003", "0002")) {
			ledger.recordIntent(StepIntent.starting(revision, "DOWNGRADE", 1, "me"), null, false);
			ledger.recordDowngrade(revision, LedgerEvent.of("DOWNGRADE", revision, "OK", null), Set.of());
		}
		ledger.endCall();

		assertThat(ledger.applied()).containsExactly(a);
		assertThat(ledger.batch("people")).map(BatchRecord::status).contains(BatchStatus.DELETED);
		assertThat(ledger.events()).extracting(LedgerEvent::kind).endsWith("DOWNGRADE", "DOWNGRADE");
	}

	@Test
	void aHeldRecordTheHistoryContradictsFailsTheCallsLastWriteWhole() {
		ledger.recordApplied(new AppliedMigration("0001", null, "a", null, null, true, T0, 1));
		ledger.beginCall("DOWNGRADE", List.of("0001", "0009"), "me");
		for (String revision : List.of("0001", "0009")) {
			ledger.recordIntent(StepIntent.starting(revision, "DOWNGRADE", 1, "me"), null, false);
			ledger.recordDowngrade(revision, LedgerEvent.of("DOWNGRADE", revision, "OK", null), Set.of());
		}

		assertThatThrownBy(ledger::endCall).isInstanceOf(LedgerException.class)
			.hasMessage("Revision 0009 is not recorded as applied in " + ledger.location());
		assertThat(count("MATCH (a:_CrochetApplied {revision: '0001'}) RETURN count(a) AS n")).isOne();
		assertThat(count("MATCH (e:_CrochetEvent) RETURN count(e) AS n")).isZero();
		assertThat(count("MATCH (l:_CrochetLedger) WHERE l.callOwner = 'me' RETURN count(l) AS n"))
			.as("the next run finishes the call")
			.isOne();
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).withParameters(Map.of()).execute().records().get(0).get(0).asLong();
	}

}
