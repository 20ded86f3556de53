package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/**
 * A graph whose data is not what the ledger records: a batch off, an open batch, a held
 * lock, a run that died.
 */
final class ShouldMatchLedger extends CrochetErrorMessage {

	private ShouldMatchLedger(String format, Object... arguments) {
		super(format, arguments);
	}

	/**
	 * @param location where the history is, as {@code LedgerView.location()} names it
	 * ({@code the ledger /p/ledger.db}, {@code the graph ledger of ...})
	 */
	static ErrorMessageFactory shouldMatchLedger(String location, List<String> problems) {
		return new ShouldMatchLedger("%nExpecting the graph to hold what %s records,%nbut:%n  %s", text(location),
				lines(problems));
	}

}
