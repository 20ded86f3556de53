package dev.crochet.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mutation check's verdict: every mutant with what the round trip said about it, and
 * the revisions that were not mutated.
 *
 * <pre>{@code
 * MutationReport report = crochet.mutationCheck();
 * if (!report.survivors().isEmpty()) System.out.println(report.describe());
 * }</pre>
 *
 * @param results the mutants in chain order, each with its verdict
 * @param skipped revisions whose downgrade was not mutated, and why
 * @param millis how long the check took
 */
public record MutationReport(List<MutantResult> results, List<SkippedRevision> skipped, long millis) {

	private static final String NL = System.lineSeparator();

	public MutationReport {
		results = List.copyOf(results);
		skipped = List.copyOf(skipped);
	}

	public List<Mutant> mutants() {
		return results.stream().map(MutantResult::mutant).toList();
	}

	/**
	 * The mutants the round trip passed: what it cannot see for this chain and this data.
	 */
	public List<Mutant> survivors() {
		return results.stream().filter(r -> !r.killed()).map(MutantResult::mutant).toList();
	}

	public List<Mutant> killed() {
		return results.stream().filter(MutantResult::killed).map(MutantResult::mutant).toList();
	}

	/**
	 * Whether a revision's own round trip fails (or the chain could not be migrated to
	 * it): the chain is wrong.
	 */
	public boolean chainFails() {
		return skipped.stream().anyMatch(SkippedRevision::failing);
	}

	/**
	 * The share of mutants killed, from 0 to 1; 1 when there are no mutants (none
	 * survived).
	 */
	public double killRate() {
		return results.isEmpty() ? 1.0 : (double) killed().size() / results.size();
	}

	/** How many mutants are of {@code kind}. */
	public long count(MutantKind kind) {
		return results.stream().filter(r -> r.mutant().kind() == kind).count();
	}

	/**
	 * A summary line, the survivors, then every killed mutant and the revisions not
	 * mutated:
	 *
	 * <pre>
	 * Mutation check: 12 mutants, 11 killed (91.7%), 1 survived
	 * Survived:
	 *   0003_index_titles: downgrade without 'drop index Film(title)' — survived
	 * Killed:
	 *   ...
	 * </pre>
	 */
	public String describe() {
		List<String> lines = new ArrayList<>();
		lines.add(summary());
		section(lines, "Survived:", results.stream().filter(r -> !r.killed()).map(MutantResult::describe).toList());
		section(lines, "Killed:", results.stream().filter(MutantResult::killed).map(MutantResult::describe).toList());
		section(lines, "Not mutated:", skipped.stream().map(SkippedRevision::describe).toList());
		return String.join(NL, lines);
	}

	/** For example {@code Mutation check: 12 mutants, 11 killed (91.7%), 1 survived}. */
	public String summary() {
		if (results.isEmpty()) {
			return "Mutation check: no mutants";
		}
		return "Mutation check: " + results.size() + " mutant" + (results.size() == 1 ? "" : "s") + ", "
				+ killed().size() + " killed (" + String.format(Locale.ROOT, "%.1f", killRate() * 100) + "%), "
				+ survivors().size() + " survived";
	}

	private static void section(List<String> lines, String title, List<String> entries) {
		if (!entries.isEmpty()) {
			lines.add(title);
			entries.forEach(e -> lines.add("  " + e));
		}
	}
}
