package dev.crochet.scaffold;

import dev.crochet.cypher.Operation;
import dev.crochet.ir.ModelReader;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SearchIndexSchema;
import dev.crochet.javasource.OperationSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** create-migration for search indexes: planned operations, Java and Cypher sources. */
class SearchIndexPlanTest {

	private static final SchemaSnapshot PLAIN = ModelReader.read("dev.crochet.fixtures.indexes.plain");

	private static final SchemaSnapshot ANNOTATED = ModelReader.read("dev.crochet.fixtures.indexes.annotated");

	private static List<String> java(List<Operation> operations) {
		return operations.stream().map(OperationSource::of).toList();
	}

	@Test
	void addedAnnotationsAreCreatedAndDroppedAgainInReverse() {
		MigrationPlan plan = MigrationPlanner.plan(PLAIN, ANNOTATED, MigrationPlanner.Target.JAVA, false);

		assertThat(plan.rollbackSafe()).isTrue();
		assertThat(java(plan.upgradeOperations())).containsExactly("ctx.addTextIndex(\"Book\", \"isbn\");",
				"ctx.addPointIndex(\"Book\", \"printedAt\");",
				"ctx.addFulltextIndex(\"book_blurbs_en\", \"Book\", List.of(\"blurb\"), \"english\");",
				"ctx.addTextIndex(\"book_codes\", \"Book\", \"code\");",
				"ctx.addVectorIndex(\"book_embeddings\", \"Book\", \"embedding\", 3, VectorSimilarity.COSINE);",
				"ctx.addFulltextIndex(\"book_titles\", \"Book\", List.of(\"title\", \"blurb\"));",
				"ctx.addRelationshipTextIndex(\"REVIEWED\", \"summary\");",
				"ctx.addRelationshipVectorIndex(\"review_embeddings\", \"REVIEWED\", \"embedding\", 2, VectorSimilarity.EUCLIDEAN);",
				"ctx.addRelationshipFulltextIndex(\"review_texts\", \"REVIEWED\", List.of(\"text\"));");
		List<Operation> inverses = new ArrayList<>(
				plan.upgradeOperations().stream().map(op -> op.inverse().orElseThrow()).toList());
		Collections.reverse(inverses);
		assertThat(plan.downgradeOperations()).containsExactlyElementsOf(inverses);
	}

	@Test
	void removedAnnotationsAreDroppedWithTheirWholeDefinitionSoTheDowngradeCreatesThemAgain() {
		MigrationPlan plan = MigrationPlanner.plan(ANNOTATED, PLAIN, MigrationPlanner.Target.JAVA, false);

		assertThat(plan.rollbackSafe()).isTrue();
		assertThat(java(plan.upgradeOperations())).startsWith("ctx.dropTextIndex(\"Book\", \"isbn\");",
				"ctx.dropPointIndex(\"Book\", \"printedAt\");",
				"ctx.dropFulltextIndex(\"book_blurbs_en\", \"Book\", List.of(\"blurb\"), \"english\");",
				"ctx.dropTextIndex(\"book_codes\", \"Book\", \"code\");",
				"ctx.dropVectorIndex(\"book_embeddings\", \"Book\", \"embedding\", 3, VectorSimilarity.COSINE);");
		assertThat(java(plan.downgradeOperations())).endsWith(
				"ctx.addVectorIndex(\"book_embeddings\", \"Book\", \"embedding\", 3, VectorSimilarity.COSINE);",
				"ctx.addTextIndex(\"book_codes\", \"Book\", \"code\");",
				"ctx.addFulltextIndex(\"book_blurbs_en\", \"Book\", List.of(\"blurb\"), \"english\");",
				"ctx.addPointIndex(\"Book\", \"printedAt\");", "ctx.addTextIndex(\"Book\", \"isbn\");");
	}

	@Test
	void anUnnamedTextIndexOnARenamedLabelIsDroppedAndCreatedUnderItsNewGeneratedName() {
		NodeSchema book = new NodeSchema("book_v1", "Book", List.of("Book"),
				PLAIN.node("book_v1").orElseThrow().properties(), List.of(), List.of(),
				List.of(SearchIndexSchema.text(null, "isbn")));
		NodeSchema novel = new NodeSchema("book_v1", "Novel", List.of("Novel"), book.properties(), List.of(), List.of(),
				book.searchIndexes());

		MigrationPlan plan = MigrationPlanner.plan(new SchemaSnapshot(List.of(book), List.of()),
				new SchemaSnapshot(List.of(novel), List.of()), MigrationPlanner.Target.CYPHER, false);

		assertThat(plan.diff().describe())
			.isEqualTo(String.join(System.lineSeparator(), "label of book_v1 renamed Book -> Novel",
					"text index on Book(isbn) removed", "text index on Novel(isbn) added"));
		assertThat(plan.upgradeOperations().stream().map(Operation::describe).toList()).containsExactly(
				"rename label Book to Novel", "drop text index crochet_text_Book_isbn_c2799e22 on Book(isbn)",
				"add text index crochet_text_Novel_isbn_0dd5e393 on Novel(isbn)");
	}

	@Test
	void aRenamedLabelTakesItsIndexesAlong() {
		SearchIndexSchema titles = SearchIndexSchema.fulltext("book_titles", List.of("title"), null);
		NodeSchema book = new NodeSchema("book_v1", "Book", List.of("Book"),
				PLAIN.node("book_v1").orElseThrow().properties(), List.of(), List.of(), List.of(titles));
		NodeSchema novel = new NodeSchema("book_v1", "Novel", List.of("Novel"), book.properties(), List.of(), List.of(),
				List.of(titles));

		MigrationPlan plan = MigrationPlanner.plan(new SchemaSnapshot(List.of(book), List.of()),
				new SchemaSnapshot(List.of(novel), List.of()), MigrationPlanner.Target.JAVA, false);

		assertThat(java(plan.upgradeOperations())).containsExactly("ctx.renameLabel(\"Book\", \"Novel\");",
				"ctx.dropFulltextIndex(\"book_titles\", \"Book\", List.of(\"title\"));",
				"ctx.addFulltextIndex(\"book_titles\", \"Novel\", List.of(\"title\"));");
		assertThat(java(plan.downgradeOperations())).containsExactly(
				"ctx.dropFulltextIndex(\"book_titles\", \"Novel\", List.of(\"title\"));",
				"ctx.addFulltextIndex(\"book_titles\", \"Book\", List.of(\"title\"));",
				"ctx.renameLabel(\"Novel\", \"Book\");");
	}

	@Test
	void theJavaSourceImportsVectorSimilarity() {
		MigrationHeader header = new MigrationHeader("0002_indexes", "0001_books", ANNOTATED.hash(), "indexes",
				"migrations");
		String source = MigrationSource.java(header,
				MigrationPlanner.plan(PLAIN, ANNOTATED, MigrationPlanner.Target.JAVA, false));

		assertThat(source)
			.contains("import dev.crochet.Revision;\nimport dev.crochet.VectorSimilarity;\n\nimport java.util.List;\n");
		assertThat(source).contains(
				"\t\t// vector index book_embeddings on Book(embedding) {dimensions: 3, similarity: cosine} added\n"
						+ "\t\tctx.addVectorIndex(\"book_embeddings\", \"Book\", \"embedding\", 3, VectorSimilarity.COSINE);\n");
	}

	@Test
	void theCypherSourceWritesEveryStatementInFull() {
		MigrationHeader header = new MigrationHeader("0002_indexes", "0001_books", ANNOTATED.hash(), "indexes", "");
		String source = MigrationSource.cypher(header,
				MigrationPlanner.plan(PLAIN, ANNOTATED, MigrationPlanner.Target.CYPHER, false));

		assertThat(source).contains("// fulltext index book_titles on Book(title, blurb) added\n"
				+ "CREATE FULLTEXT INDEX `book_titles` IF NOT EXISTS FOR (n:`Book`) ON EACH [n.`title`, n.`blurb`];\n");
		assertThat(source).contains(
				"CREATE VECTOR INDEX `review_embeddings` IF NOT EXISTS FOR ()-[r:`REVIEWED`]-() ON (r.`embedding`)"
						+ " OPTIONS {indexConfig: {`vector.dimensions`: 2, `vector.similarity_function`: 'euclidean'}};\n");
		assertThat(source).contains("// undo: fulltext index review_texts on [REVIEWED](text) added\n"
				+ "DROP INDEX `review_texts` IF EXISTS;\n");
		assertThat(source).doesNotContain("cannot be written as plain Cypher");
	}

}
