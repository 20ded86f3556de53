package dev.crochet.junit;

import dev.crochet.junit.samples.SchemaReuseSamples.HalfWay;
import dev.crochet.junit.samples.SchemaReuseSamples.KeepsTheSchemaAgain;
import dev.crochet.junit.samples.SchemaReuseSamples.MigratesAndLeavesData;
import dev.crochet.junit.samples.SchemaReuseSamples.ReachesTheVerdict;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConfigurationOrder} runs the classes of a configuration together, so the later
 * ones keep the migrated schema.
 */
class ConfigurationOrderIT {

	@Test
	void classesOfOneConfigurationRunTogetherAndTheLaterOnesKeepTheSchema() {
		EngineExecutionResults results = Kit.run(
				Map.of(ServerPool.SIZE_PARAMETER, "1", "junit.jupiter.testclass.order.default",
						ConfigurationOrder.class.getName()),
				ReachesTheVerdict.class, HalfWay.class, MigratesAndLeavesData.class, HalfWay.class,
				KeepsTheSchemaAgain.class);
		results.testEvents().assertStatistics(stats -> stats.succeeded(4).failed(0));
		List<String> started = results.containerEvents()
			.started()
			.map(event -> event.getTestDescriptor().getLegacyReportingName())
			.filter(name -> name.contains("SchemaReuseSamples"))
			.toList();
		int halfWay = started.indexOf(HalfWay.class.getName());
		assertThat(halfWay).as("HalfWay, another configuration, runs before or after the three: " + started).isIn(0, 3);
		assertThat(Kit.entries(results, KeepsTheSchemaAgain.class).get("crochet.clean")).startsWith("data deleted in ");
	}

}
