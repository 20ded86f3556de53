package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.Drift;
import dev.crochet.VectorSimilarity;
import dev.crochet.ir.ModelReader;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import dev.crochet.scaffold.MigrationHeader;
import dev.crochet.scaffold.MigrationPlanner;
import dev.crochet.scaffold.MigrationSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indexes OGM cannot declare, declared with Crochet's annotations: a migration that
 * creates them leaves no drift, round-trips, and drift names an index whose annotation is
 * gone.
 */
class SearchIndexIT extends EngineTestBase {

	private static final String ANNOTATED = "dev.crochet.fixtures.indexes.annotated";

	private static final String PLAIN = "dev.crochet.fixtures.indexes.plain";

	private static final SchemaSnapshot MODELS = ModelReader.read(ANNOTATED);

	/**
	 * What create-migration writes for the annotated models (see SearchIndexPlanTest), as
	 * a programmatic migration.
	 */
	private static List<ResolvedMigration> chain() {
		return List.of(step("0001_books", null, true, MODELS.hash(), ctx -> {
			ctx.addFulltextIndex("book_blurbs_en", "Book", List.of("blurb"), "english");
			ctx.addTextIndex("book_codes", "Book", "code");
			ctx.addVectorIndex("book_embeddings", "Book", "embedding", 3, VectorSimilarity.COSINE);
			ctx.addFulltextIndex("book_titles", "Book", List.of("title", "blurb"));
			ctx.addPointIndex("Book", "printedAt");
			ctx.addTextIndex("Book", "isbn");
			ctx.addRelationshipTextIndex("REVIEWED", "summary");
			ctx.addRelationshipVectorIndex("review_embeddings", "REVIEWED", "embedding", 2, VectorSimilarity.EUCLIDEAN);
			ctx.addRelationshipFulltextIndex("review_texts", "REVIEWED", List.of("text"));
			ctx.runCypher("CREATE (:Book {title: 'Dune', blurb: 'Sand', isbn: '1', embedding: [0.1, 0.2, 0.3]})"
					+ "<-[:REVIEWED {text: 'Great', summary: 'yes', embedding: [1.0, 2.0]}]-(:Reader {name: 'Ann'})");
		}, ctx -> {
			ctx.runCypher("MATCH (n) WHERE n:Book OR n:Reader DETACH DELETE n");
			ctx.dropRelationshipFulltextIndex("review_texts", "REVIEWED", List.of("text"));
			ctx.dropRelationshipVectorIndex("review_embeddings", "REVIEWED", "embedding", 2,
					VectorSimilarity.EUCLIDEAN);
			ctx.dropRelationshipTextIndex("REVIEWED", "summary");
			ctx.dropTextIndex("Book", "isbn");
			ctx.dropPointIndex("Book", "printedAt");
			ctx.dropFulltextIndex("book_titles", "Book", List.of("title", "blurb"));
			ctx.dropVectorIndex("book_embeddings", "Book", "embedding", 3, VectorSimilarity.COSINE);
			ctx.dropTextIndex("book_codes", "Book", "code");
			ctx.dropFulltextIndex("book_blurbs_en", "Book", List.of("blurb"), "english");
		}));
	}

	@Test
	void aMigrationThatCreatesTheAnnotatedIndexesLeavesNoDrift() {
		Crochet crochet = crochet(b -> b.migrations(chain()).modelPackages(ANNOTATED));
		crochet.upgrade();

		LiveSchema live = crochet.liveSchema();
		assertThat(live).isEqualTo(LiveSchema.declaredBy(MODELS, false));
		assertThat(live.elements()).contains(
				SchemaElement.declared(Kind.FULLTEXT_INDEX, false, "Book", List.of("title", "blurb")),
				SchemaElement.declared(Kind.VECTOR_INDEX, false, "Book", List.of("embedding")),
				SchemaElement.declared(Kind.TEXT_INDEX, false, "Book", List.of("isbn")),
				SchemaElement.declared(Kind.POINT_INDEX, false, "Book", List.of("printedAt")),
				SchemaElement.declared(Kind.FULLTEXT_INDEX, true, "REVIEWED", List.of("text")),
				SchemaElement.declared(Kind.VECTOR_INDEX, true, "REVIEWED", List.of("embedding")));
		Drift drift = crochet.drift();
		assertThat(drift.hasDrift()).as(drift.describe()).isFalse();
		assertThat(drift.describe()).isEqualTo("no drift");
	}

	@Test
	void theMigrationRoundTrips() {
		RoundTripReport report = crochet(b -> b.migrations(chain()).modelPackages(ANNOTATED))
			.roundTrip(RoundTripMode.STEPWISE);

		assertThat(report.leavesNoTrace()).as(report.describe()).isTrue();
	}

	@Test
	void aDowngradeThatForgetsAnIndexIsCaughtByTheRoundTrip() {
		ResolvedMigration forgetful = step("0001_books", null, true, MODELS.hash(),
				ctx -> ctx.addFulltextIndex("book_titles", "Book", List.of("title", "blurb")), ctx -> {
				});

		RoundTripReport report = crochet(b -> b.migrations(List.of(forgetful))).roundTrip(RoundTripMode.STEPWISE);

		assertThat(report.leavesNoTrace()).isFalse();
		assertThat(report.describe()).contains("fulltext index on :Book(title, blurb)");
	}

	@Test
	void removingAnAnnotationMakesDriftNameItsIndex() {
		crochet(b -> b.migrations(chain()).modelPackages(ANNOTATED)).upgrade();

		Drift drift = crochet(b -> b.migrations(chain()).modelPackages(PLAIN)).drift();

		assertThat(drift.hasDrift()).isTrue();
		assertThat(drift.describe()).contains("  fulltext index book_titles on Book(title, blurb) removed",
				"Not declared by the models: fulltext index on :Book(title, blurb) named book_titles",
				"Not declared by the models: vector index on :Book(embedding) named book_embeddings",
				"Not declared by the models: text index on [:REVIEWED](summary) named crochet_rtext_REVIEWED_summary_7cc7dc8c");
	}

	@Test
	void aCypherMigrationWrittenByTheGeneratorLeavesNoDriftAndRoundTrips() throws IOException {
		Path migrations = Files.createDirectories(dir.resolve("migrations"));
		MigrationHeader header = new MigrationHeader("0001_books", "", MODELS.hash(), "books", "");
		Files.writeString(migrations.resolve("V0001_books.cypher"), MigrationSource.cypher(header,
				MigrationPlanner.plan(SchemaSnapshot.empty(), MODELS, MigrationPlanner.Target.CYPHER, false)));
		RoundTripReport report = crochet(b -> b.migrationLocations(migrations.toString())
			.modelPackages(ANNOTATED)
			.ledger(dir.resolve("roundtrip.db"))).roundTrip(RoundTripMode.STEPWISE);
		assertThat(report.leavesNoTrace()).as(report.describe()).isTrue();
		Crochet crochet = crochet(b -> b.migrationLocations(migrations.toString()).modelPackages(ANNOTATED));
		crochet.cleanDatabase();

		crochet.upgrade();

		assertThat(crochet.drift().describe()).isEqualTo("no drift");
	}

}
