package dev.crochet.scaffold;

import dev.crochet.ir.CompositeIndexSchema;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema record-schema --from-database records: the database's constraints and
 * indexes on the models' properties.
 */
class LiveSchemaSnapshotTest {

	@Test
	void constraintsAndIndexesAreTheDatabasesAndEverythingElseTheModels() {
		SchemaSnapshot models = new SchemaSnapshot(List.of(new NodeSchema("person_v1", "Person", List.of("Person"),
				List.of(new PropertySchema("name", "STRING", true, true, true),
						new PropertySchema("email", "STRING", false, false, true),
						new PropertySchema("born", "INTEGER", false, false, false)),
				List.of(new CompositeIndexSchema(List.of("name", "born"), false)), List.of())), List.of());
		LiveSchema live = new LiveSchema(
				List.of(SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, false, "Person", List.of("name")),
						SchemaElement.declared(Kind.RANGE_INDEX, false, "Person", List.of("born"))));

		SchemaSnapshot recorded = LiveSchemaSnapshot.of(models, live, false);

		assertThat(recorded.nodes()).containsExactly(new NodeSchema("person_v1", "Person", List.of("Person"),
				List.of(new PropertySchema("name", "STRING", true, true, true),
						new PropertySchema("email", "STRING", false, false, false),
						new PropertySchema("born", "INTEGER", false, false, true)),
				List.of(), List.of()));
		assertThat(live.unexpected(LiveSchema.declaredBy(recorded, false))).isEmpty();
	}

}
