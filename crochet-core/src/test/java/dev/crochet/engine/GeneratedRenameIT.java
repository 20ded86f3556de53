package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.scaffold.CreatedMigration;
import dev.crochet.scaffold.MigrationPlanner;
import dev.crochet.scaffold.MigrationRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration create-migration generates for a property declared {@code @RenamedFrom},
 * run on a real Neo4j: the values move to the new name on the way up and back on the way
 * down, on nodes and on relationships.
 */
class GeneratedRenameIT extends EngineTestBase {

	@Test
	void aGeneratedRenameKeepsTheValuesUpAndDown() throws IOException {
		Path migrations = Files.createDirectories(dir.resolve("migrations"));
		created("dev.crochet.fixtures.rename.before", "people and roles", migrations);
		CreatedMigration rename = created("dev.crochet.fixtures.rename.after", "rename name and role", migrations);
		assertThat(rename.plan().rollbackSafe()).isTrue();

		Crochet crochet = crochet(
				b -> b.migrationLocations(migrations.toString()).modelPackages("dev.crochet.fixtures.rename.after"));
		crochet.upgrade(rename.parent());
		crochet.driver()
			.executableQuery(
					"CREATE (:Person {name: 'Ada', born: 1815})-[:ACTED_IN {role: 'lead'}]->(:Movie {title: 'M'}),"
							+ " (:Person {name: 'Alan', born: 1912})")
			.execute();

		crochet.upgrade();
		assertThat(rows(crochet, "MATCH (p:Person) RETURN p.fullName AS now, p.name AS was ORDER BY now"))
			.containsExactly(row("Ada", null), row("Alan", null));
		assertThat(rows(crochet, "MATCH ()-[r:ACTED_IN]->() RETURN r.character AS now, r.role AS was"))
			.containsExactly(row("lead", null));
		assertThat(crochet.drift().hasDrift()).as(crochet.drift().describe()).isFalse();

		crochet.downgrade();
		assertThat(rows(crochet, "MATCH (p:Person) RETURN p.name AS now, p.fullName AS was ORDER BY now"))
			.containsExactly(row("Ada", null), row("Alan", null));
		assertThat(rows(crochet, "MATCH ()-[r:ACTED_IN]->() RETURN r.role AS now, r.character AS was"))
			.containsExactly(row("lead", null));
	}

	private CreatedMigration created(String models, String description, Path migrations) {
		try (Crochet crochet = Crochet.configure()
			.modelPackages(models)
			.migrationLocations(migrations.toString())
			.ledger(dir.resolve("scaffold.db"))
			.load()) {
			CreatedMigration created = crochet
				.createMigration(new MigrationRequest(description, MigrationPlanner.Target.CYPHER, false, false,
						dir.resolve("java"), "", migrations, dir.resolve("snapshots")));
			assertThat(created.written()).isTrue();
			return created;
		}
	}

	private static Map<String, Object> row(String now, Object was) {
		Map<String, Object> row = new HashMap<>();
		row.put("now", now);
		row.put("was", was);
		return row;
	}

}
