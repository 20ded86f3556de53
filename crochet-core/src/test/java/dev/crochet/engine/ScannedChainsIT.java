package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.ValidationException;
import dev.crochet.VerifyReport;
import dev.crochet.roundtrip.Fingerprint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chains found by scanning: annotated Java classes in a package and {@code .cypher} files
 * in a directory; an applied Cypher file edited afterwards is refused.
 */
class ScannedChainsIT extends EngineTestBase {

	private static final String FIRST = """
			// revision: 0001_genres
			// description: genre names are unique, with two genres
			// --- upgrade
			CREATE CONSTRAINT genre_name IF NOT EXISTS FOR (g:Genre) REQUIRE g.name IS UNIQUE;
			CREATE (:Genre {name: 'noir'}), (:Genre {name: 'western'});
			// --- downgrade
			MATCH (g:Genre) DELETE g;
			DROP CONSTRAINT genre_name IF EXISTS;
			""";

	private static final String SECOND = """
			// revision: 0002_genre_rank
			// parent: 0001_genres
			// --- upgrade
			MATCH (g:Genre) SET g.rank = 1;
			// --- downgrade
			MATCH (g:Genre) REMOVE g.rank;
			""";

	@Test
	void annotatedJavaMigrationsFoundInAPackageGoUpAndDown() {
		Crochet crochet = crochet(b -> b.migrationPackages("dev.crochet.engine.fixtures.scanned"));
		Fingerprint empty = crochet.fingerprint();

		assertThat(crochet.upgrade().revisions()).containsExactly("0001_add_genre", "0002_load_genres");
		assertThat(count(crochet, "(:Genre)")).isEqualTo(2);
		assertThat(crochet.status().batches()).singleElement().satisfies(b -> assertThat(b.recordCount()).isEqualTo(2));

		assertThat(crochet.downgrade(Crochet.BASE).message()).isEqualTo("Reverted 2 revisions; head is base");
		assertThat(crochet.fingerprint()).isEqualTo(empty);
	}

	@Test
	void cypherFileMigrationsInADirectoryGoUpAndDown() throws IOException {
		Path migrations = cypherFiles();
		Crochet crochet = crochet(b -> b.migrationLocations(migrations.toString()));
		Fingerprint empty = crochet.fingerprint();

		assertThat(crochet.upgrade().revisions()).containsExactly("0001_genres", "0002_genre_rank");
		assertThat(count(crochet, "(:Genre {rank: 1})")).isEqualTo(2);
		assertThat(crochet.ledger().applied()).allSatisfy(a -> assertThat(a.checksum()).hasSize(64));

		crochet.downgrade(Crochet.BASE);
		assertThat(crochet.fingerprint()).isEqualTo(empty);
	}

	@Test
	void anEditedAppliedCypherMigrationIsRefusedAndVerifyReportsIt() throws IOException {
		Path migrations = cypherFiles();
		Path second = migrations.resolve("0002_genre_rank.cypher");
		String before;
		try (Crochet crochet = Crochet.configure()
			.uri(uri())
			.ledger(ledgerFile())
			.migrationLocations(migrations.toString())
			.load()) {
			crochet.upgrade();
			before = crochet.ledger().applied("0002_genre_rank").orElseThrow().checksum();
		}
		Files.writeString(second, SECOND.replace("g.rank = 1", "g.rank = 2"));
		Crochet crochet = crochet(b -> b.migrationLocations(migrations.toString()));
		String now = crochet.chain().get("0002_genre_rank").orElseThrow().checksum();
		String problem = "Revision 0002_genre_rank (" + second + ") was changed after it was applied: checksum "
				+ before + " in the ledger, " + now + " now";
		Fingerprint graph = crochet.fingerprint();

		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class)
			.hasMessage("The applied migrations no longer match the code; nothing was run:" + System.lineSeparator()
					+ "  " + problem);
		assertThatThrownBy(crochet::downgrade).isInstanceOf(ValidationException.class).hasMessageEndingWith(problem);

		VerifyReport report = crochet.verify();
		assertThat(report.ok()).isFalse();
		assertThat(report.checks()).filteredOn(c -> !c.passed()).singleElement().satisfies(c -> {
			assertThat(c.name()).isEqualTo("checksums unchanged");
			assertThat(c.problems()).containsExactly(problem);
		});
		assertThat(report.describe())
			.contains("[FAIL] checksums unchanged" + System.lineSeparator() + "         " + problem);
		assertThat(crochet.fingerprint()).isEqualTo(graph);
	}

	private Path cypherFiles() throws IOException {
		Path migrations = Files.createDirectories(dir.resolve("migrations"));
		Files.writeString(migrations.resolve("0001_genres.cypher"), FIRST);
		Files.writeString(migrations.resolve("0002_genre_rank.cypher"), SECOND);
		return migrations;
	}

}
