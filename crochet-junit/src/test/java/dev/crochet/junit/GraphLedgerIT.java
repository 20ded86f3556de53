package dev.crochet.junit;

import dev.crochet.junit.samples.GraphLedgerSamples.FileLedgerAfterwards;
import dev.crochet.junit.samples.GraphLedgerSamples.KeepsTheSchemaAndTheGraphsHistory;
import dev.crochet.junit.samples.GraphLedgerSamples.LeavesTheMigratedSchema;
import dev.crochet.junit.samples.GraphLedgerSamples.MigratesASchemaWithTheGraphLedger;
import dev.crochet.junit.samples.GraphLedgerSamples.RoundTripsWithTheGraphLedger;
import dev.crochet.junit.samples.GraphLedgerSamples.StoreFromTheParameter;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

/**
 * A test class can keep its history in the graph, as a team that deploys with the graph
 * ledger does: it migrates, round-trips and verifies; a later class of its configuration
 * keeps the schema and the history with it; a class with a ledger file after it starts
 * from an emptied database.
 */
class GraphLedgerIT {

	@Test
	void classesWithTheGraphLedgerMigrateRoundTripAndVerify() {
		List<Class<?>> classes = List.of(RoundTripsWithTheGraphLedger.class, MigratesASchemaWithTheGraphLedger.class,
				LeavesTheMigratedSchema.class, KeepsTheSchemaAndTheGraphsHistory.class, FileLedgerAfterwards.class);
		EngineExecutionResults results = Kit.run(oneServer(Map.of()), classes.toArray(Class<?>[]::new));

		for (Class<?> sample : classes) {
			assertThat(Kit.outcome(results, sample).getStatus()).as(sample.getSimpleName()).isEqualTo(SUCCESSFUL);
			assertThat(Kit.tests(results, sample, EventType.FINISHED)).as(sample.getSimpleName()).isEqualTo(1);
		}
		assertThat(results.testEvents().failed().list()).isEmpty();
		assertThat(Kit.entries(results, KeepsTheSchemaAndTheGraphsHistory.class).get("crochet.migrate"))
			.matches("at 0010_index_10: schema checked, history kept in the graph, in \\d+ ms");
	}

	@Test
	void theConfigurationParameterChoosesTheGraphLedger() {
		EngineExecutionResults results = Kit.run(oneServer(Map.of(LedgerParameter.PARAMETER, "graph")),
				StoreFromTheParameter.class);
		assertThat(Kit.outcome(results, StoreFromTheParameter.class).getStatus()).isEqualTo(SUCCESSFUL);
		assertThat(results.testEvents().failed().list()).isEmpty();
		assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
	}

	@Test
	void aValueOtherThanFileOrGraphFailsTheClassNamingIt() {
		EngineExecutionResults results = Kit.run(oneServer(Map.of(LedgerParameter.PARAMETER, "sqlite")),
				StoreFromTheParameter.class);
		assertThat(Kit.failure(results, StoreFromTheParameter.class))
			.isEqualTo("crochet.ledgerStore must be file or graph; was \"sqlite\"");
	}

	/** One server, the classes in their {@code @Order}. */
	private static Map<String, String> oneServer(Map<String, String> more) {
		Map<String, String> configuration = new HashMap<>(more);
		configuration.put(ServerPool.SIZE_PARAMETER, "1");
		configuration.put("junit.jupiter.testclass.order.default",
				"org.junit.jupiter.api.ClassOrderer$OrderAnnotation");
		return configuration;
	}

}
