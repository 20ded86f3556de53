package dev.crochet.mutation;

import dev.crochet.Crochet;
import dev.crochet.ValidationException;
import dev.crochet.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mutation check on a chain that uses every operation, against a real Neo4j. */
class MutationCheckIT {

	/**
	 * Mutants the round trip cannot kill on this chain, and why. Each is equivalent to
	 * the correct downgrade on this data: when the revision is judged, no batch but its
	 * own holds entities of that label or type (fixture data is untagged), so deleting
	 * those "of every batch" deletes exactly the same entities.
	 */
	private static final List<String> EQUIVALENT = List.of(
			"0002_people_and_classics: downgrade with 'delete the ACTED_IN relationships of every batch' instead of 'delete ACTED_IN relationships of batch classics'",
			"0002_people_and_classics: downgrade with 'delete the Movie nodes of every batch' instead of 'delete Movie nodes of batch classics'",
			"0002_people_and_classics: downgrade with 'delete the Person nodes of every batch' instead of 'delete Person nodes of batch people'",
			"0003_movies: downgrade with 'delete the REVIEWED relationships of every batch' instead of 'delete REVIEWED relationships of batch movies'",
			// Keeping one of the batch's two REVIEWED relationships is equivalent when
			// the one kept is Critic->Heat:
			// Heat is the batch's, and DETACH DELETE removes it with the relationship.
			// Which one is kept follows
			// the order Neo4j hands out ids in, so this may be killed or survive.
			"0003_movies: downgrade with 'delete all but one of the REVIEWED relationships of batch movies' instead of 'delete REVIEWED relationships of batch movies'");

	static EmbeddedNeo4j neo4j;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start();
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	private static Crochet crochet(Path dir) {
		return Crochet.configure()
			.uri(neo4j.boltUri().toString())
			.ledger(dir.resolve("ledger.db"))
			.migrations(EveryOperationChain.MIGRATIONS)
			.cleanEnabled(true)
			.load();
	}

	@Test
	void killsEveryMutantOfAChainThatUsesEveryOperationButTheEquivalentOnes(@TempDir Path dir) {
		try (Crochet crochet = crochet(dir)) {
			crochet.cleanDatabase();

			MutationReport report = crochet.mutationCheck(EveryOperationChain.FIXTURES);

			assertThat(Map.of(MutantKind.DROPPED, report.count(MutantKind.DROPPED), MutantKind.WRONG_INVERSE,
					report.count(MutantKind.WRONG_INVERSE), MutantKind.WIDENED, report.count(MutantKind.WIDENED),
					MutantKind.NARROWED, report.count(MutantKind.NARROWED)))
				.as(report.describe())
				.isEqualTo(Map.of(MutantKind.DROPPED, 18L, MutantKind.WRONG_INVERSE, 15L, MutantKind.WIDENED, 12L,
						MutantKind.NARROWED, 9L));
			assertThat(report.survivors()).as(report.describe()).map(Mutant::describe).isSubsetOf(EQUIVALENT);
			assertThat(report.killRate()).as(report.describe()).isGreaterThanOrEqualTo(49.0 / 54);
			assertThat(report.skipped()).containsExactly(new SkippedRevision("0006_drop_active", false,
					"declared rollbackSafe = false: it is never downgraded"));
			// It leaves the chain applied, as a round trip does.
			assertThat(crochet.status().headRevision()).contains("0006_drop_active");
			System.out.println(report.describe() + System.lineSeparator() + "(" + report.millis() + " ms)");
		}
	}

	@Test
	void refusesADatabaseThatIsNotEmpty(@TempDir Path dir) {
		try (Crochet crochet = crochet(dir)) {
			crochet.cleanDatabase();
			crochet.runCypher("CREATE (:Keep {name: 'me'})", Map.of());

			assertThatThrownBy(crochet::mutationCheck).isInstanceOf(ValidationException.class)
				.hasMessage(
						"The mutation check needs an empty database with no revision applied, because it empties the"
								+ " database to undo what a mutant left; the database holds data or schema. Nothing was run.");
		}
	}

}
