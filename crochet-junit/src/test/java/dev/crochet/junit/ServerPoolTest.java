package dev.crochet.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerPoolTest {

	private static final ServerSpec EMBEDDED = new ServerSpec(Backend.EMBEDDED, null, null, null, null);

	@Test
	void sizeIsTheParameterElseThePropertyElseTheCores() {
		assertThat(ServerPool.size(parameters(Map.of("crochet.servers", "3")), name -> "5", 2)).isEqualTo(3);
		assertThat(ServerPool.size(parameters(Map.of()), name -> " 5 ", 2)).isEqualTo(5);
		assertThat(ServerPool.size(parameters(Map.of()), name -> null, 4)).isEqualTo(4);
		assertThat(ServerPool.size(parameters(Map.of()), name -> null, 0)).isEqualTo(1);
	}

	@Test
	void aSizeBelowOneOrNotANumberIsAConfigurationError() {
		assertThatThrownBy(() -> ServerPool.size(parameters(Map.of("crochet.servers", "0")), name -> null, 2))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.servers must be a whole number of servers, at least 1; was \"0\"");
		assertThatThrownBy(() -> ServerPool.size(parameters(Map.of()), name -> "two", 2))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.servers must be a whole number of servers, at least 1; was \"two\"");
	}

	@Test
	void onlyTheEmbeddedBackendHasMoreThanOneServer() {
		assertThat(new ServerPool(EMBEDDED, 4).size()).isEqualTo(4);
		assertThat(new ServerPool(new ServerSpec(Backend.EXTERNAL, "bolt://db:7687", null, null, null), 4).size())
			.isEqualTo(1);
		assertThat(
				new ServerPool(new ServerSpec(Backend.TESTCONTAINERS, null, "neo4j", "pw", "neo4j:5.26-community"), 4)
					.size())
			.isEqualTo(1);
	}

	@Test
	void withADatabasePerClassAnExternalServerOrAContainerIsSharedAndTheEmbeddedPoolStaysAPool() {
		ServerSpec external = new ServerSpec(Backend.EXTERNAL, "bolt://db:7687", null, null, null);
		assertThat(new ServerPool(external, 4, true)).hasToString("external bolt://db:7687 (1 server, shared)");
		assertThat(new ServerPool(external, 4, false)).hasToString("external bolt://db:7687 (1 server)");
		assertThat(new ServerPool(EMBEDDED, 4, true)).hasToString("embedded (4 servers)");
	}

	@Test
	void aClassOnTheEmbeddedBackendLocksItselfAndOneOnAnExternalServerLocksTheServer() {
		assertThat(ServerLocks.classLockName(ServerPoolTest.class))
			.isEqualTo("dev.crochet.junit.class[dev.crochet.junit.ServerPoolTest]");
		assertThat(new ServerSpec(Backend.EXTERNAL, "bolt://db:7687", null, null, null).lockName())
			.isEqualTo("dev.crochet.junit.neo4j[external bolt://db:7687]");
	}

	private static Function<String, Optional<String>> parameters(Map<String, String> values) {
		return name -> Optional.ofNullable(values.get(name));
	}

}
