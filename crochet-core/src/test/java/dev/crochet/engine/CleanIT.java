package dev.crochet.engine;

import dev.crochet.CleanDisabledException;
import dev.crochet.Crochet;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guarded cleans: refused unless enabled; enabled, {@code cleanDatabase} empties all,
 * {@code cleanData} the data.
 */
class CleanIT extends EngineTestBase {

	private static final ResolvedMigration SCHEMA = step("0001_schema", null, c -> {
		c.addUniqueConstraint("Person", "name");
		c.addIndex("Person", "age");
	}, c -> {
		c.dropIndex("Person", "age");
		c.dropUniqueConstraint("Person", "name");
	});

	/** The schema migrated, two people and a relationship between them. */
	private Crochet migratedWithData() {
		Crochet crochet = crochet(List.of(SCHEMA));
		crochet.upgrade();
		crochet.runCypher("CREATE (:Person {name: 'Ada', age: 36})-[:KNOWS]->(:Person {name: 'Alan', age: 41})",
				Map.of());
		return crochet;
	}

	/** Every constraint and index but the token lookups. */
	private static List<Object> schemaNames(Crochet crochet) {
		List<Object> names = new ArrayList<>();
		rows(crochet, "SHOW CONSTRAINTS YIELD name RETURN name").forEach(r -> names.add(r.get("name")));
		rows(crochet, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
			.forEach(r -> names.add(r.get("name")));
		return names;
	}

	@Test
	void bothCleansRefuseUnlessEnabledAndTouchNothing() {
		migratedWithData();
		try (Crochet crochet = Crochet.configure().uri(uri()).ledger(dir.resolve("other.db")).load()) {
			assertThatThrownBy(crochet::cleanDatabase).isInstanceOf(CleanDisabledException.class)
				.hasMessage("cleanDatabase() is disabled: it deletes every node, relationship, index and constraint."
						+ " Enable it with Crochet.configure().cleanEnabled(true) (test setups only)");
			assertThatThrownBy(crochet::cleanData).isInstanceOf(CleanDisabledException.class)
				.hasMessage("cleanData() is disabled: it deletes every node and relationship except Crochet's own."
						+ " Enable it with Crochet.configure().cleanEnabled(true) (test setups only)");
			assertThat(count(crochet, "(n:Person)")).isEqualTo(2);
		}
		try (Crochet crochet = Crochet.configure()
			.uri(uri())
			.ledger(dir.resolve("other.db"))
			.cleanEnabled(false)
			.load()) {
			assertThatThrownBy(crochet::cleanDatabase).isInstanceOf(CleanDisabledException.class);
		}
	}

	@Test
	void enabledCleanDatabaseEmptiesDataSchemaAndCrochetsState() {
		Crochet crochet = migratedWithData();
		assertThat(schemaNames(crochet)).isNotEmpty();

		crochet.cleanDatabase();

		assertThat(count(crochet, "(n)")).isZero();
		assertThat(count(crochet, "()-[r]->()")).isZero();
		assertThat(schemaNames(crochet)).isEmpty();
	}

	@Test
	void cleanDataKeepsTheSchemaAndCrochetsStateNodeWithItsConstraint() {
		Crochet crochet = migratedWithData();
		List<Object> schema = schemaNames(crochet);
		assertThat(schema).contains(Internal.STATE_CONSTRAINT);
		assertThat(count(crochet, "(n:" + Internal.STATE_LABEL + ")")).isEqualTo(1);

		crochet.cleanData();

		assertThat(count(crochet, "(n:Person)")).isZero();
		assertThat(count(crochet, "()-[r]->()")).isZero();
		assertThat(count(crochet, "(n:" + Internal.STATE_LABEL + ")")).isEqualTo(1);
		assertThat(schemaNames(crochet)).containsExactlyInAnyOrderElementsOf(schema);
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
	}

}
