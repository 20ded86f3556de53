package dev.crochet.junit;

import dev.crochet.LedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The attribute wins; {@code AUTO} reads the configuration parameter, then the system
 * property, else keeps the fast temporary file.
 */
class LedgerParameterTest {

	@Test
	void theAttributeWinsOverTheParameter() {
		assertThat(LedgerParameter.read(TestLedger.FILE, name -> Optional.of("graph"), name -> "graph"))
			.isEqualTo(LedgerStore.FILE);
		assertThat(LedgerParameter.read(TestLedger.GRAPH, name -> Optional.empty(), name -> null))
			.isEqualTo(LedgerStore.GRAPH);
	}

	@Test
	void autoReadsTheParameterThenTheSystemPropertyElseTheFile() {
		Map<String, String> graph = Map.of(LedgerParameter.PARAMETER, " Graph ");
		assertThat(LedgerParameter.read(TestLedger.AUTO, name -> Optional.ofNullable(graph.get(name)), name -> "file"))
			.isEqualTo(LedgerStore.GRAPH);
		assertThat(LedgerParameter.read(TestLedger.AUTO, name -> Optional.empty(), graph::get))
			.isEqualTo(LedgerStore.GRAPH);
		assertThat(LedgerParameter.read(TestLedger.AUTO, name -> Optional.empty(), name -> null))
			.isEqualTo(LedgerStore.FILE);
	}

	@Test
	void anyOtherValueIsAConfigurationErrorNamingIt() {
		assertThatThrownBy(() -> LedgerParameter.parse("sqlite")).isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.ledgerStore must be file or graph; was \"sqlite\"");
	}

}
