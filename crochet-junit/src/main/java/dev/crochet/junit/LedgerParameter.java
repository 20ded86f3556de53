package dev.crochet.junit;

import dev.crochet.LedgerStore;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The store of a class's history: {@link CrochetMigrated#ledger()} unless it is
 * {@link TestLedger#AUTO}, else the JUnit configuration parameter (or system property)
 * {@value #PARAMETER}, {@code file} or {@code graph} in any case, else the file.
 */
final class LedgerParameter {

	static final String PARAMETER = "crochet.ledgerStore";

	private LedgerParameter() {
	}

	/**
	 * @param parameter reads a JUnit configuration parameter
	 */
	static LedgerStore read(TestLedger attribute, Function<String, Optional<String>> parameter,
			Function<String, String> systemProperty) {
		return switch (attribute) {
			case FILE -> LedgerStore.FILE;
			case GRAPH -> LedgerStore.GRAPH;
			case AUTO -> parse(parameter.apply(PARAMETER).orElseGet(() -> systemProperty.apply(PARAMETER)));
		};
	}

	/** {@code value}; null or blank is the file. */
	static LedgerStore parse(String value) {
		if (value == null || value.isBlank()) {
			return LedgerStore.FILE;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "file" -> LedgerStore.FILE;
			case "graph" -> LedgerStore.GRAPH;
			default ->
				throw new ExtensionConfigurationException(PARAMETER + " must be file or graph; was \"" + value + "\"");
		};
	}

}
