package dev.crochet.mutation;

import dev.crochet.roundtrip.RevisionVerdict;

import java.util.Locale;

/**
 * What the round trip said about one mutant: it is killed when the round trip fails its
 * revision (the mutated downgrade left a trace, threw, or the upgrade after it did not
 * reproduce the first), and it survived when the round trip passed it.
 */
public record MutantResult(Mutant mutant, RevisionVerdict verdict) {

	public boolean killed() {
		return !verdict.passed();
	}

	/**
	 * For example
	 * {@code 0003_index_titles: downgrade without 'drop index Film(title)' — survived}.
	 */
	public String describe() {
		return mutant.describe() + " — " + (killed() ? "killed (" + how() + ")" : "survived");
	}

	private String how() {
		return switch (verdict.outcome()) {
			case LEFT_TRACE -> "leaves a trace";
			case NOT_REPRODUCED -> "second upgrade differs";
			case FAILED -> "downgrade failed";
			default -> verdict.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
		};
	}
}
