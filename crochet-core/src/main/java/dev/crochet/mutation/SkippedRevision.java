package dev.crochet.mutation;

/**
 * A revision whose downgrade was not mutated, and why.
 *
 * @param failing whether the chain is wrong there (its own round trip fails, or the chain
 * cannot be migrated that far), rather than the revision being exempt (declared not
 * rollback-safe)
 */
public record SkippedRevision(String revision, boolean failing, String reason) {

	public String describe() {
		return revision + ": not mutated (" + reason + ")";
	}
}
