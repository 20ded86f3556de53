package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.RoundTripMode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph ledger's nodes and constraints are Crochet's own: out of the live schema,
 * drift, fingerprints and the round trip, and kept by {@code cleanData()}.
 */
class GraphLedgerEngineIT extends EngineTestBase {

	private static final List<ResolvedMigration> CHAIN = List.of(step("0001_people", null,
			c -> c.addUniqueConstraint("Person", "id"), c -> c.dropUniqueConstraint("Person", "id")),
			step("0002_load", "0001_people", c -> {
				c.beginBatch("people");
				c.createNodes("Person", List.of(Map.of("id", 1), Map.of("id", 2)));
			}, c -> c.deleteNodesByBatch("Person", "people")));

	private Crochet graphLedger() {
		return crochet(b -> b.migrations(CHAIN).ledger(LedgerStore.GRAPH));
	}

	@Test
	void theHistoryStaysOutOfTheSchemaTheFingerprintAndTheRoundTrip() {
		Crochet crochet = graphLedger();
		crochet.upgrade();

		assertThat(crochet.liveSchema().elements()).extracting(e -> e.toString())
			.noneMatch(e -> e.contains("_Crochet") || e.contains("crochet_internal"))
			.isNotEmpty();
		var before = crochet.fingerprint();
		((Ledger) crochet.ledger()).append(LedgerEvent.of("NOTE", null, "OK", "a write to the history only"));
		assertThat(crochet.fingerprint()).isEqualTo(before);
		assertThat(crochet.roundTrip(RoundTripMode.FULL).leavesNoTrace()).isTrue();
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
		assertThat(count(crochet, "(:_CrochetApplied)")).isEqualTo(2);
		assertThat(crochet.ledger().file()).isEmpty();
	}

	@Test
	void cleanDataKeepsTheHistoryAndCleanDatabaseRemovesIt() {
		Crochet crochet = graphLedger();
		crochet.upgrade();

		crochet.cleanData();
		assertThat(count(crochet, "(:Person)")).isZero();
		assertThat(crochet.ledger().applied()).extracting(a -> a.revision())
			.containsExactly("0001_people", "0002_load");

		crochet.cleanDatabase();
		assertThat(crochet.ledger().applied()).isEmpty();
		assertThat(count(crochet, "(n) WHERE any(l IN labels(n) WHERE l STARTS WITH '_Crochet')")).isZero();
	}

}
