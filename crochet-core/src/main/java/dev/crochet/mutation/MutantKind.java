package dev.crochet.mutation;

/** How a mutant's downgrade differs from the revision's own. */
public enum MutantKind {

	/** One operation of the downgrade left out. */
	DROPPED,

	/**
	 * One operation swapped for a wrong inverse: an add in place of a drop (or the
	 * reverse), a unique constraint re-created as a plain index (or the reverse), a
	 * rename the wrong way round or to another name, another default value, an add in
	 * place of a property removal.
	 */
	WRONG_INVERSE,

	/**
	 * A batch delete that deletes more: every entity of the label or type, of every
	 * batch, or of all the revision's batches.
	 */
	WIDENED,

	/**
	 * A batch delete that deletes less: a batch that does not exist, another batch of the
	 * revision, all but one entity.
	 */
	NARROWED

}
