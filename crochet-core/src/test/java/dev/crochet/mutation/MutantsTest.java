package dev.crochet.mutation;

import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.CreateNodes;
import dev.crochet.cypher.DeleteNodesByBatch;
import dev.crochet.cypher.DropUniqueConstraint;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.RenameLabel;
import dev.crochet.cypher.RunCypher;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which mutants a downgrade gets, each differing from it in exactly one operation. */
class MutantsTest {

	private static final List<Operation> UPGRADE = List.of(new BeginBatch("people"),
			new CreateNodes("Person", List.of(Map.of("name", "Ada")), "people", 100), new BeginBatch("films"));

	@Test
	void everyOperationIsDroppedAndGetsItsWrongVariants() {
		List<Operation> downgrade = List.of(new DeleteNodesByBatch("Person", "people", 100),
				new RenameLabel("Film", "Movie"), new DropUniqueConstraint("Person", "name"),
				new RunCypher("MATCH (n:Tmp) DELETE n"));

		List<Mutant> mutants = Mutants.of("0002_x", UPGRADE, downgrade);

		assertThat(mutants).extracting(Mutant::describe)
			.containsExactly("0002_x: downgrade without 'delete Person nodes of batch people'",
					"0002_x: downgrade with 'delete every Person node' instead of 'delete Person nodes of batch people'",
					"0002_x: downgrade with 'delete the Person nodes of every batch' instead of 'delete Person nodes of batch people'",
					"0002_x: downgrade with 'delete Person nodes of batch films' instead of 'delete Person nodes of batch people'",
					"0002_x: downgrade with 'delete all but one of the Person nodes of batch people' instead of 'delete Person nodes of batch people'",
					"0002_x: downgrade without 'rename label Film to Movie'",
					"0002_x: downgrade with 'rename label Movie to Film' instead of 'rename label Film to Movie'",
					"0002_x: downgrade with 'rename label Film to Movie_mutant' instead of 'rename label Film to Movie'",
					"0002_x: downgrade without 'drop unique constraint Person(name)'",
					"0002_x: downgrade with 'add unique constraint Person(name)' instead of 'drop unique constraint Person(name)'",
					"0002_x: downgrade without 'run Cypher: MATCH (n:Tmp) DELETE n'");
		assertThat(mutants).extracting(Mutant::kind)
			.containsExactly(MutantKind.DROPPED, MutantKind.WIDENED, MutantKind.WIDENED, MutantKind.NARROWED,
					MutantKind.NARROWED, MutantKind.DROPPED, MutantKind.WRONG_INVERSE, MutantKind.WRONG_INVERSE,
					MutantKind.DROPPED, MutantKind.WRONG_INVERSE, MutantKind.DROPPED);
		// Exactly one operation differs, in place.
		assertThat(mutants.get(6).downgrade()).containsExactly(downgrade.get(0), new RenameLabel("Movie", "Film"),
				downgrade.get(2), downgrade.get(3));
		assertThat(mutants.get(0).downgrade()).containsExactly(downgrade.get(1), downgrade.get(2), downgrade.get(3));
	}

	@Test
	void widenedAndNarrowedDeletesEscapeTheLabelAndPassTheBatchAsAParameter() {
		List<Mutant> mutants = Mutants.of("0002_x", UPGRADE, List.of(new DeleteNodesByBatch("We`ird", "people", 100)));

		RunCypher allButOne = (RunCypher) mutants.get(4).downgrade().get(0);
		assertThat(allButOne.cypher())
			.isEqualTo("MATCH (n:`We``ird`) WHERE n._crochet_batch = $batch WITH n ORDER BY elementId(n) SKIP 1"
					+ " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 100 ROWS");
		assertThat(allButOne.parameters()).isEqualTo(Map.of("batch", "people"));
		assertThat(((RunCypher) mutants.get(1).downgrade().get(0)).cypher())
			.isEqualTo("MATCH (n:`We``ird`) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 100 ROWS");
	}

	@Test
	void batchBookkeepingIsNotMutated() {
		assertThat(Mutants.of("0002_x", UPGRADE, List.of(new BeginBatch("again")))).isEmpty();
	}

}
