package dev.crochet.mutation;

import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * Every mutant of one revision's downgrade, each differing from it in exactly one
 * operation.
 */
final class Mutants {

	private Mutants() {
	}

	/**
	 * @param upgrade the revision's recorded upgrade (for the batches it begins)
	 * @param downgrade the revision's recorded downgrade, the one that is mutated
	 */
	static List<Mutant> of(String revision, List<Operation> upgrade, List<Operation> downgrade) {
		List<String> batches = upgrade.stream()
			.filter(BeginBatch.class::isInstance)
			.map(o -> ((BeginBatch) o).batchId())
			.distinct()
			.toList();
		List<Mutant> mutants = new ArrayList<>();
		for (int i = 0; i < downgrade.size(); i++) {
			Operation operation = downgrade.get(i);
			if (operation.statements().isEmpty()) {
				continue; // bookkeeping (begin batch): nothing runs, so nothing to get
							// wrong
			}
			String original = "'" + operation.describe() + "'";
			List<Operation> without = new ArrayList<>(downgrade);
			without.remove(i);
			mutants.add(new Mutant(revision, MutantKind.DROPPED, "without " + original, without));
			add(mutants, revision, MutantKind.WRONG_INVERSE, downgrade, i, WrongInverses.of(operation));
			add(mutants, revision, MutantKind.WIDENED, downgrade, i, BatchDeletes.widened(operation));
			add(mutants, revision, MutantKind.NARROWED, downgrade, i, BatchDeletes.narrowed(operation, batches));
		}
		return mutants;
	}

	private static void add(List<Mutant> mutants, String revision, MutantKind kind, List<Operation> downgrade,
			int index, List<Replacement> replacements) {
		String original = "'" + downgrade.get(index).describe() + "'";
		for (Replacement replacement : replacements) {
			List<Operation> mutated = new ArrayList<>(downgrade);
			mutated.set(index, replacement.operation());
			mutants.add(new Mutant(revision, kind, "with '" + replacement.description() + "' instead of " + original,
					mutated));
		}
	}

}
