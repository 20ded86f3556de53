package dev.crochet.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The extension's on/off settings ({@code crochet.databasePerClass},
 * {@code crochet.reuseMigratedSchema}): {@code true} or {@code false} in any case,
 * anything else a configuration error naming the setting and the value.
 */
final class BooleanParameter {

	private BooleanParameter() {
	}

	/**
	 * The JUnit configuration parameter {@code name}, else the system property, else
	 * {@code absent}.
	 */
	static boolean read(String name, boolean absent, Function<String, Optional<String>> parameter,
			Function<String, String> systemProperty) {
		return parse(name, parameter.apply(name).orElseGet(() -> systemProperty.apply(name)), absent);
	}

	/** {@code value} of {@code name}; null or blank is {@code absent}. */
	static boolean parse(String name, String value, boolean absent) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default ->
				throw new ExtensionConfigurationException(name + " must be true or false; was \"" + value + "\"");
		};
	}

}
