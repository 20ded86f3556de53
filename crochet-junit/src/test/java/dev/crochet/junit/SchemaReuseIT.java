package dev.crochet.junit;

import dev.crochet.junit.samples.SchemaReuseSamples.KeepsTheSchemaAgain;
import dev.crochet.junit.samples.SchemaReuseSamples.KeepsTheSchemaAndAddsAnIndex;
import dev.crochet.junit.samples.SchemaReuseSamples.MigratesAndLeavesData;
import dev.crochet.junit.samples.SchemaReuseSamples.ReachesTheVerdict;
import dev.crochet.junit.samples.SchemaReuseSamples.StartsOverAfterTheDowngrade;
import dev.crochet.junit.samples.SchemaReuseSamples.StartsOverAndDowngrades;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A later class of a configuration keeps the migrated schema the server holds, and only
 * then: never after a class changed the schema or moved along the chain, never when
 * switched off. Each sample class checks its own clean, migrated start.
 */
class SchemaReuseIT {

	private static final String EMPTIED = "emptied in \\d+ ms";

	private static final String MIGRATED = "up to 0010_index_10 in \\d+ ms";

	private static final String KEPT = "data deleted in \\d+ ms; the server held this configuration's migrated schema";

	private static final String COPIED = "at 0010_index_10: schema checked, migrated ledger copied in \\d+ ms";

	@Test
	void keepsTheMigratedSchemaOnlyWhereTheServerHoldsItUnchanged() {
		EngineExecutionResults results = Kit.run(oneServer(Map.of()), ReachesTheVerdict.class,
				MigratesAndLeavesData.class, KeepsTheSchemaAndAddsAnIndex.class, StartsOverAndDowngrades.class,
				StartsOverAfterTheDowngrade.class, KeepsTheSchemaAgain.class);
		results.testEvents().assertStatistics(stats -> stats.succeeded(6).failed(0));
		results.containerEvents().assertStatistics(stats -> stats.failed(0));
		assertPrepared(results, MigratesAndLeavesData.class, EMPTIED, MIGRATED);
		assertPrepared(results, KeepsTheSchemaAndAddsAnIndex.class, KEPT, COPIED);
		assertPrepared(results, StartsOverAndDowngrades.class, EMPTIED, MIGRATED);
		assertPrepared(results, StartsOverAfterTheDowngrade.class, EMPTIED, MIGRATED);
		assertPrepared(results, KeepsTheSchemaAgain.class, KEPT, COPIED);
	}

	@Test
	void switchedOffEveryClassEmptiesAndMigrates() {
		EngineExecutionResults results = Kit.run(oneServer(Map.of(SchemaReuse.PARAMETER, "false")),
				ReachesTheVerdict.class, MigratesAndLeavesData.class, KeepsTheSchemaAgain.class);
		results.testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));
		assertPrepared(results, MigratesAndLeavesData.class, EMPTIED, MIGRATED);
		assertPrepared(results, KeepsTheSchemaAgain.class, EMPTIED, MIGRATED);
	}

	@Test
	void aValueOtherThanTrueOrFalseFailsTheClassNamingIt() {
		EngineExecutionResults results = Kit.run(oneServer(Map.of(SchemaReuse.PARAMETER, "yes")),
				ReachesTheVerdict.class);
		assertThat(Kit.failure(results, ReachesTheVerdict.class))
			.isEqualTo("crochet.reuseMigratedSchema must be true or false; was \"yes\"");
	}

	private static void assertPrepared(EngineExecutionResults results, Class<?> testClass, String clean,
			String migrate) {
		Map<String, String> entries = Kit.entries(results, testClass);
		assertThat(entries.get("crochet.clean")).as(testClass.getSimpleName()).matches(clean);
		assertThat(entries.get("crochet.migrate")).as(testClass.getSimpleName()).matches(migrate);
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
