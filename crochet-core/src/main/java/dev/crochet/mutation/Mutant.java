package dev.crochet.mutation;

import dev.crochet.cypher.Operation;

import java.util.List;

/**
 * A wrong version of one revision's downgrade.
 *
 * @param revision the revision whose downgrade is mutated; every other revision runs as
 * declared
 * @param kind how it is wrong
 * @param change what is wrong, readably: {@code without 'drop index Film(title)'} or
 * {@code with 'add index Film(title)' instead of 'drop index Film(title)'}
 * @param downgrade the operations that run in place of the revision's recorded downgrade
 */
public record Mutant(String revision, MutantKind kind, String change, List<Operation> downgrade) {

	public Mutant {
		downgrade = List.copyOf(downgrade);
	}

	/**
	 * For example {@code 0003_index_titles: downgrade without 'drop index Film(title)'}.
	 */
	public String describe() {
		return revision + ": downgrade " + change;
	}
}
