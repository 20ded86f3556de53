package dev.crochet.scaffold;

import dev.crochet.cypher.AddCompositeIndex;
import dev.crochet.cypher.AddCompositeUniqueConstraint;
import dev.crochet.cypher.AddExistenceConstraint;
import dev.crochet.cypher.AddIndex;
import dev.crochet.cypher.AddRelationshipIndex;
import dev.crochet.cypher.AddRelationshipUniqueConstraint;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.Operation;
import dev.crochet.ir.CompositeIndexSchema;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a first generated migration creates is exactly what drift then expects in the
 * graph, on either edition: otherwise a graph migrated by generated migrations reports
 * drift that no migration clears (on Enterprise, a required relationship property was
 * expected to have an existence constraint that no migration created).
 */
class DeclaredSchemaTest {

	private static final PropertySchema NAME = new PropertySchema("name", "STRING", true, true, true);

	private static final PropertySchema AGE = new PropertySchema("age", "INTEGER", false, false, true);

	private static final PropertySchema NICKNAME = new PropertySchema("nickname", "STRING", true, false, false);

	private static final PropertySchema STARS = new PropertySchema("stars", "INTEGER", true, false, true);

	private static final PropertySchema REVIEW_ID = new PropertySchema("reviewId", "STRING", true, true, true);

	private static final PropertySchema NOTE = new PropertySchema("note", "STRING", true, false, false);

	private static final SchemaSnapshot MODELS = new SchemaSnapshot(
			List.of(new NodeSchema("person_v1", "Person", List.of("Person"), List.of(AGE, NAME, NICKNAME),
					List.of(new CompositeIndexSchema(List.of("name", "age"), false),
							new CompositeIndexSchema(List.of("nickname", "age"), true)),
					List.of(), List.of()),
					new NodeSchema("movie_v1", "Movie", List.of("Movie"), List.of(), List.of(), List.of(), List.of())),
			List.of(new RelationshipEntitySchema("rated_v1", "RATED", "person_v1", "movie_v1",
					List.of(NOTE, REVIEW_ID, STARS))));

	@ParameterizedTest(name = "enterprise: {0}")
	@ValueSource(booleans = { false, true })
	void aFirstGeneratedMigrationCreatesWhatDriftExpects(boolean enterprise) {
		MigrationPlan plan = MigrationPlanner.plan(SchemaSnapshot.empty(), MODELS, MigrationPlanner.Target.JAVA,
				enterprise);

		LiveSchema created = new LiveSchema(
				plan.upgradeOperations().stream().map(DeclaredSchemaTest::element).toList());

		assertThat(created).isEqualTo(LiveSchema.declaredBy(MODELS, enterprise));
	}

	@ParameterizedTest(name = "enterprise: {0}")
	@ValueSource(booleans = { false, true })
	void requiredRelationshipPropertiesDeclareNoExistenceConstraint(boolean enterprise) {
		List<SchemaElement> existence = LiveSchema.declaredBy(MODELS, enterprise)
			.elements()
			.stream()
			.filter(e -> e.kind() == Kind.EXISTENCE_CONSTRAINT)
			.toList();

		assertThat(existence).map(SchemaElement::describe)
			.containsExactlyElementsOf(enterprise
					? List.of("existence constraint on :Person(name)", "existence constraint on :Person(nickname)")
					: List.of());
	}

	/**
	 * The constraint or index a planned schema operation creates, as drift describes it.
	 */
	private static SchemaElement element(Operation operation) {
		if (operation instanceof AddUniqueConstraint o) {
			return SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, false, o.label(), List.of(o.property()));
		}
		if (operation instanceof AddIndex o) {
			return SchemaElement.declared(Kind.RANGE_INDEX, false, o.label(), List.of(o.property()));
		}
		if (operation instanceof AddExistenceConstraint o) {
			return SchemaElement.declared(Kind.EXISTENCE_CONSTRAINT, false, o.label(), List.of(o.property()));
		}
		if (operation instanceof AddCompositeIndex o) {
			return SchemaElement.declared(Kind.RANGE_INDEX, false, o.label(), o.properties());
		}
		if (operation instanceof AddCompositeUniqueConstraint o) {
			return SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, false, o.label(), o.properties());
		}
		if (operation instanceof AddRelationshipUniqueConstraint o) {
			return SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, true, o.type(), List.of(o.property()));
		}
		if (operation instanceof AddRelationshipIndex o) {
			return SchemaElement.declared(Kind.RANGE_INDEX, true, o.type(), List.of(o.property()));
		}
		throw new AssertionError("not a schema operation this test knows: " + operation.describe());
	}

}
