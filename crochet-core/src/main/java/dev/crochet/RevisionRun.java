package dev.crochet;

import java.util.List;

/**
 * One revision applied or reverted (or, in a dry run, what would be).
 *
 * @param statements every Cypher statement rendered for it, in order
 */
public record RevisionRun(String revision, String description, Direction direction, List<String> statements,
		long durationMillis) {

	public RevisionRun {
		statements = List.copyOf(statements);
	}
}
