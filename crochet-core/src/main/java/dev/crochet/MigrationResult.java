package dev.crochet;

import java.util.List;
import java.util.Optional;

/**
 * What an {@code upgrade} or {@code downgrade} did, or in a dry run would do.
 *
 * @param headBefore null when nothing was applied before
 * @param headAfter null when nothing is applied after
 * @param message one line for humans, e.g. {@code Applied 2 revisions; head is 0002_x}
 */
public record MigrationResult(Direction direction, boolean dryRun, List<RevisionRun> runs, String headBefore,
		String headAfter, String message) {

	public MigrationResult {
		runs = List.copyOf(runs);
	}

	public List<String> revisions() {
		return runs.stream().map(RevisionRun::revision).toList();
	}

	public Optional<String> head() {
		return Optional.ofNullable(headAfter);
	}

	/** Every statement of every run, in order: what a dry run prints. */
	public List<String> statements() {
		return runs.stream().flatMap(r -> r.statements().stream()).toList();
	}
}
