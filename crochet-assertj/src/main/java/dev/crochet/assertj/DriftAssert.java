package dev.crochet.assertj;

import dev.crochet.Drift;
import dev.crochet.diff.SchemaChange;
import dev.crochet.live.SchemaElement;
import org.assertj.core.api.AbstractAssert;

import java.util.List;

import static dev.crochet.assertj.ShouldHaveDrift.shouldHaveBeenCompared;
import static dev.crochet.assertj.ShouldHaveDrift.shouldHaveDrift;
import static dev.crochet.assertj.ShouldHaveDrift.shouldHaveLiveDrift;
import static dev.crochet.assertj.ShouldHaveDrift.shouldHaveModelChanges;
import static dev.crochet.assertj.ShouldHaveDrift.shouldHaveNoDrift;
import static dev.crochet.assertj.ShouldHaveDrift.shouldMatchMigrations;

/**
 * Assertions on drift between the models, the migrations and the live database
 * ({@code crochet.drift()} or {@code crochet.modelDrift()}).
 *
 * <pre>{@code
 * assertThat(crochet.drift()).hasNoDrift();
 *
 * // a model change without a migration is caught, and says what changed
 * assertThat(crochet.drift())
 *     .hasModelChanges("property Person.age added (INTEGER indexed)")
 *     .hasMissingInGraph("range index on :Person(age)");
 * }</pre>
 *
 * Changes are named by their {@code describe()} text, constraints and indexes by
 * {@link SchemaElement#describe()} without the database name
 * ({@code unique constraint on :Person(name)}); both are compared as sets, in any order.
 */
public class DriftAssert extends AbstractAssert<DriftAssert, Drift> {

	public DriftAssert(Drift actual) {
		super(actual, DriftAssert.class);
	}

	/**
	 * Models, head migration and live schema agree; the failure explains the drift and
	 * what to do.
	 */
	public DriftAssert hasNoDrift() {
		isNotNull();
		if (actual.hasDrift()) {
			throwAssertionError(shouldHaveNoDrift(actual.describe()));
		}
		return myself;
	}

	/** Something disagrees: what a CI check must catch. */
	public DriftAssert hasDrift() {
		isNotNull();
		if (!actual.hasDrift()) {
			throwAssertionError(shouldHaveDrift(actual.modelHash()));
		}
		return myself;
	}

	/**
	 * The models' hash equals the schema hash the head migration declares (live schema
	 * not considered). Fails when the head declares no schema hash: "not compared" is not
	 * "matches".
	 */
	public DriftAssert modelsMatchMigrations() {
		isNotNull();
		if (!actual.modelsChecked()) {
			throwAssertionError(shouldHaveBeenCompared(actual.modelHash()));
		}
		if (actual.modelsAheadOfMigrations()) {
			throwAssertionError(shouldMatchMigrations(actual.modelHash(), actual.headHash()));
		}
		return myself;
	}

	/** The models differ from the head migration's snapshot by exactly these changes. */
	public DriftAssert hasModelChanges(String... changes) {
		isNotNull();
		List<String> found = actual.modelChanges().changes().stream().map(SchemaChange::describe).toList();
		if (!sameSet(found, List.of(changes))) {
			throwAssertionError(shouldHaveModelChanges(found, List.of(changes)));
		}
		return myself;
	}

	/**
	 * Exactly these constraints and indexes are declared by the models but absent from
	 * the graph.
	 */
	public DriftAssert hasMissingInGraph(String... elements) {
		isNotNull();
		return hasLiveDrift("missing in the graph", actual.missingInGraph(), elements);
	}

	/**
	 * Exactly these constraints and indexes are in the graph without the models declaring
	 * them.
	 */
	public DriftAssert hasUnexpectedInGraph(String... elements) {
		isNotNull();
		return hasLiveDrift("unexpected in the graph", actual.unexpectedInGraph(), elements);
	}

	private DriftAssert hasLiveDrift(String where, List<SchemaElement> actualElements, String... elements) {
		List<String> found = actualElements.stream().map(DriftAssert::describeUnnamed).toList();
		if (!sameSet(found, List.of(elements))) {
			throwAssertionError(shouldHaveLiveDrift(where, found, List.of(elements)));
		}
		return myself;
	}

	/**
	 * Names are generated (and differ between databases); what is constrained is what
	 * matters.
	 */
	private static String describeUnnamed(SchemaElement element) {
		return element.unnamed().describe();
	}

	private static boolean sameSet(List<String> actual, List<String> expected) {
		return actual.size() == expected.size()
				&& actual.stream().sorted().toList().equals(expected.stream().sorted().toList());
	}

}
