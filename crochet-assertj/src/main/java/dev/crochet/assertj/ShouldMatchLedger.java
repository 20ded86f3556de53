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

	static ErrorMessageFactory shouldMatchLedger(String ledger, List<String> problems) {
		return new ShouldMatchLedger("%nExpecting the graph to hold what the ledger %s records,%nbut:%n  %s",
				text(ledger), lines(problems));
	}

}
