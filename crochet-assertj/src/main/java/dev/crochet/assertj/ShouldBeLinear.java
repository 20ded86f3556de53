package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** Migrations that do not form one linear chain. */
final class ShouldBeLinear extends CrochetErrorMessage {

	private ShouldBeLinear(String format, Object... arguments) {
		super(format, arguments);
	}

	static ErrorMessageFactory shouldHaveSingleHead(List<String> heads) {
		return new ShouldBeLinear("%nExpecting the migrations to have a single head, but they have %s:%n  %s",
				heads.size(), heads);
	}

	/**
	 * @param problem the chain's own error, which names the revisions
	 */
	static ErrorMessageFactory shouldBeLinear(String problem) {
		return new ShouldBeLinear("%nExpecting the migrations to form one linear chain, but:%n  %s", text(problem));
	}

}
