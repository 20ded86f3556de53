package dev.crochet.junit;

import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a class may keep the migrated schema the previous class of its configuration
 * left on its server ({@link MigratedTemplate}): on unless the JUnit configuration
 * parameter (or system property) {@value #PARAMETER} is {@code false}, for a suite that
 * wants every class emptied and migrated from scratch.
 */
final class SchemaReuse {

	static final String PARAMETER = "crochet.reuseMigratedSchema";

	private SchemaReuse() {
	}

	/**
	 * @param parameter reads a JUnit configuration parameter
	 */
	static boolean enabled(Function<String, Optional<String>> parameter, Function<String, String> systemProperty) {
		return BooleanParameter.read(PARAMETER, true, parameter, systemProperty);
	}

}
