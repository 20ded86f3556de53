package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.MigrationResult;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.migration.MigrationKind;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("both-ledgers")
class EngineSmokeIT {

	static EmbeddedNeo4j neo4j;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start();
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	static ResolvedMigration migration(String id, String parent, Consumer<MigrationContext> up,
			Consumer<MigrationContext> down) {
		return new ResolvedMigration(id, parent, id, null, true, null, MigrationKind.JAVA, id, new Migration() {
			public void upgrade(MigrationContext ctx) {
				up.accept(ctx);
			}

			public void downgrade(MigrationContext ctx) {
				down.accept(ctx);
			}
		});
	}

	@Test
	void upgradeDowngradeRoundTrip(@TempDir Path dir) {
		List<ResolvedMigration> chain = List.of(migration("0001_init", null, ctx -> {
			ctx.addUniqueConstraint("Person", "name");
			ctx.addIndex("Person", "age");
		}, ctx -> {
			ctx.dropIndex("Person", "age");
			ctx.dropUniqueConstraint("Person", "name");
		}), migration("0002_people", "0001_init", ctx -> {
			ctx.beginBatch("people");
			ctx.createNodes("Person", List.of(Map.of("name", "Ada", "age", 36), Map.of("name", "Alan", "age", 41)));
		}, ctx -> ctx.deleteNodesByBatch("Person", "people")), migration("0003_rename", "0002_people",
				ctx -> ctx.renameLabel("Person", "Human"), ctx -> ctx.renameLabel("Human", "Person")));
		try (Crochet crochet = Crochet.configure()
			.uri(neo4j.boltUri().toString())
			.ledger(dir.resolve("ledger.db"))
			.migrations(chain)
			.cleanEnabled(true)
			.load()) {
			crochet.cleanDatabase();
			MigrationResult result = crochet.upgrade();
			assertThat(result.revisions()).containsExactly("0001_init", "0002_people", "0003_rename");
			assertThat(crochet.status().pending()).isEmpty();
			assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
			crochet.downgrade(Crochet.BASE);
			assertThat(crochet.fingerprint().isEmpty()).as(crochet.fingerprint().toString()).isTrue();
			RoundTripReport report = crochet.roundTrip(RoundTripMode.STEPWISE);
			assertThat(report.leavesNoTrace()).as(report.describe()).isTrue();
			crochet.downgrade(Crochet.BASE);
			RoundTripReport full = crochet.roundTrip(RoundTripMode.FULL);
			assertThat(full.leavesNoTrace()).as(full.describe()).isTrue();
		}
	}

}
