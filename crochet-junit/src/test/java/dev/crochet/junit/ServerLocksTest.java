package dev.crochet.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerLocksTest {

	private static final ServerSpec EMBEDDED = new ServerSpec(Backend.EMBEDDED, null, null, null, null);

	private static final ServerSpec EXTERNAL = new ServerSpec(Backend.EXTERNAL, "bolt://db:7687", "neo4j", "secret",
			null);

	private static final ServerSpec CONTAINER = new ServerSpec(Backend.TESTCONTAINERS, null, "neo4j", "pw",
			"neo4j:5.26-enterprise");

	private static final String OWN = "dev.crochet.junit.class[dev.crochet.junit.ServerLocksTest]";

	@Test
	void offAClassOnAnExternalServerOrAContainerLocksTheServer() {
		assertThat(ServerLocks.lockName(EXTERNAL, ServerLocksTest.class, false))
			.isEqualTo("dev.crochet.junit.neo4j[external bolt://db:7687 as neo4j]");
		assertThat(ServerLocks.lockName(CONTAINER, ServerLocksTest.class, false))
			.isEqualTo("dev.crochet.junit.neo4j[testcontainers neo4j:5.26-enterprise]");
	}

	@Test
	void withADatabasePerClassAClassOnAnExternalServerOrAContainerLocksOnlyItself() {
		assertThat(ServerLocks.lockName(EXTERNAL, ServerLocksTest.class, true)).isEqualTo(OWN);
		assertThat(ServerLocks.lockName(CONTAINER, ServerLocksTest.class, true)).isEqualTo(OWN);
	}

	@Test
	void onTheEmbeddedBackendAClassLocksOnlyItselfEitherWay() {
		assertThat(ServerLocks.lockName(EMBEDDED, ServerLocksTest.class, false)).isEqualTo(OWN);
		assertThat(ServerLocks.lockName(EMBEDDED, ServerLocksTest.class, true)).isEqualTo(OWN);
	}

	@Test
	void theExtensionRefusesTheParameterOffWhenTheLocksSawItOn() {
		assertThatThrownBy(() -> ClassDatabase.requireTheLocksAgree(false, Backend.EXTERNAL, true))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessageStartingWith("crochet.databasePerClass is false as a configuration parameter but true");
		assertThatThrownBy(() -> ClassDatabase.requireTheLocksAgree(false, Backend.TESTCONTAINERS, true))
			.isInstanceOf(ExtensionConfigurationException.class);
		// Safe combinations: the same view, the server lock with a database per class, or
		// a server of its own.
		ClassDatabase.requireTheLocksAgree(true, Backend.EXTERNAL, true);
		ClassDatabase.requireTheLocksAgree(false, Backend.EXTERNAL, false);
		ClassDatabase.requireTheLocksAgree(true, Backend.EXTERNAL, false);
		ClassDatabase.requireTheLocksAgree(false, Backend.EMBEDDED, true);
	}

}
