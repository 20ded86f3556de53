package dev.crochet.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A note on a failed run, kept as a suppressed exception of its failure: a disk it writes
 * to ran full while it ran. The CLI prints it as a line of its own after the failure,
 * since Neo4j's words for a full disk rarely say so.
 *
 * <pre>{@code
 * crochet: no space left on /p/.crochet/neo4j: its disk ran full during this run ...
 * }</pre>
 */
final class NoSpaceLeft extends RuntimeException {

	private static final long serialVersionUID = 1L;

	NoSpaceLeft(Path folder) {
		super("no space left on " + folder + ": its disk ran full during this run, so the failure above is the"
				+ " disk's, not the data's. Free some space, then run the same command again: a step this run left"
				+ " unfinished is recovered from the journal first", null, false, false);
	}

	/** The note {@code failure} carries, if any. */
	static Optional<NoSpaceLeft> on(Throwable failure) {
		for (Throwable suppressed : failure.getSuppressed()) {
			if (suppressed instanceof NoSpaceLeft note) {
				return Optional.of(note);
			}
		}
		return Optional.empty();
	}

}
