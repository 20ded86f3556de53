package dev.crochet.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabasePerClassTest {

	@Test
	void trueOrFalseInAnyCaseAndOffWhenAbsentOrBlank() {
		assertThat(DatabasePerClass.parse("true")).isTrue();
		assertThat(DatabasePerClass.parse(" TRUE ")).isTrue();
		assertThat(DatabasePerClass.parse("false")).isFalse();
		assertThat(DatabasePerClass.parse("False")).isFalse();
		assertThat(DatabasePerClass.parse(null)).isFalse();
		assertThat(DatabasePerClass.parse("  ")).isFalse();
	}

	@Test
	void anythingElseIsAConfigurationErrorNamingTheParameterAndTheValue() {
		assertThatThrownBy(() -> DatabasePerClass.parse("yes")).isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.databasePerClass must be true or false; was \"yes\"");
		assertThatThrownBy(() -> DatabasePerClass.parse("1")).isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.databasePerClass must be true or false; was \"1\"");
	}

	@Test
	void theExtensionReadsTheParameterElseTheSystemProperty() {
		assertThat(DatabasePerClass.enabled(parameters(Map.of("crochet.databasePerClass", "true")), name -> "false"))
			.isTrue();
		assertThat(DatabasePerClass.enabled(parameters(Map.of("crochet.databasePerClass", "false")), name -> "true"))
			.isFalse();
		assertThat(DatabasePerClass.enabled(parameters(Map.of()), name -> "true")).isTrue();
		assertThat(DatabasePerClass.enabled(parameters(Map.of()), name -> null)).isFalse();
		assertThatThrownBy(() -> DatabasePerClass.enabled(parameters(Map.of()), name -> "on"))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.databasePerClass must be true or false; was \"on\"");
	}

	@Test
	void theLocksReadTheSystemPropertyElseThePlatformPropertiesAndTakeABadValueAsOff() {
		Properties file = new Properties();
		assertThat(DatabasePerClass.atDiscovery(name -> null, file)).isFalse();
		file.setProperty("crochet.databasePerClass", "true");
		assertThat(DatabasePerClass.atDiscovery(name -> null, file)).isTrue();
		assertThat(DatabasePerClass.atDiscovery(name -> "false", file)).isFalse();
		assertThat(DatabasePerClass.atDiscovery(name -> "true", new Properties())).isTrue();
		// The extension fails the class with the value; the server lock is the safe side
		// meanwhile.
		assertThat(DatabasePerClass.atDiscovery(name -> "yes", file)).isFalse();
	}

	@Test
	void thisBuildHasNoPlatformPropertiesSoTheLocksSeeItOff() {
		assertThat(System.getProperty("crochet.databasePerClass")).isNull();
		assertThat(DatabasePerClass.atDiscovery()).isFalse();
	}

	private static Function<String, Optional<String>> parameters(Map<String, String> values) {
		return name -> Optional.ofNullable(values.get(name));
	}

}
