package dev.crochet.cypher;

import dev.crochet.VectorSimilarity;
import dev.crochet.javasource.OperationSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Full-text, vector, text and point index operations: Cypher, inverse, Java, description,
 * recording.
 */
class SearchIndexOperationsTest {

	private static String only(Operation operation) {
		assertThat(operation.statements()).hasSize(1);
		assertThat(operation.statements().get(0).kind()).isEqualTo(StatementKind.SCHEMA);
		assertThat(operation.statements().get(0).parameters()).isEmpty();
		assertThat(operation.enterpriseOnly()).isFalse();
		return operation.statements().get(0).cypher();
	}

	@Test
	void fulltextIndexesOnNodesAndRelationships() {
		AddFulltextIndex add = new AddFulltextIndex("book_titles", false, "Book", List.of("title", "blurb"), null);
		assertThat(only(add)).isEqualTo(
				"CREATE FULLTEXT INDEX `book_titles` IF NOT EXISTS FOR (n:`Book`) ON EACH [n.`title`, n.`blurb`]");
		assertThat(OperationSource.of(add))
			.isEqualTo("ctx.addFulltextIndex(\"book_titles\", \"Book\", List.of(\"title\", \"blurb\"));");
		assertThat(add.describe()).isEqualTo("add fulltext index book_titles on Book(title, blurb)");

		AddFulltextIndex english = new AddFulltextIndex("review_texts", true, "REVIEWED", List.of("text"), "english");
		assertThat(only(english))
			.isEqualTo("CREATE FULLTEXT INDEX `review_texts` IF NOT EXISTS FOR ()-[r:`REVIEWED`]-() ON EACH [r.`text`]"
					+ " OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}");
		assertThat(OperationSource.of(english)).isEqualTo(
				"ctx.addRelationshipFulltextIndex(\"review_texts\", \"REVIEWED\", List.of(\"text\"), \"english\");");
		assertThat(english.describe())
			.isEqualTo("add fulltext index review_texts on [REVIEWED](text) with analyzer english");

		DropFulltextIndex drop = new DropFulltextIndex("review_texts", true, "REVIEWED", List.of("text"), "english");
		assertThat(only(drop)).isEqualTo("DROP INDEX `review_texts` IF EXISTS");
		assertThat(OperationSource.of(drop)).isEqualTo(
				"ctx.dropRelationshipFulltextIndex(\"review_texts\", \"REVIEWED\", List.of(\"text\"), \"english\");");
		assertThat(drop.describe())
			.isEqualTo("drop fulltext index review_texts on [REVIEWED](text) with analyzer english");
		assertThat(english.inverse()).contains(drop);
		assertThat(drop.inverse()).contains(english);
	}

	@Test
	void vectorIndexesWriteTheirValidatedConfigurationAsLiterals() {
		AddVectorIndex add = new AddVectorIndex("book_embeddings", false, "Book", "embedding", 3,
				VectorSimilarity.COSINE);
		assertThat(only(add))
			.isEqualTo("CREATE VECTOR INDEX `book_embeddings` IF NOT EXISTS FOR (n:`Book`) ON (n.`embedding`)"
					+ " OPTIONS {indexConfig: {`vector.dimensions`: 3, `vector.similarity_function`: 'cosine'}}");
		assertThat(OperationSource.of(add))
			.isEqualTo("ctx.addVectorIndex(\"book_embeddings\", \"Book\", \"embedding\", 3, VectorSimilarity.COSINE);");
		assertThat(add.describe())
			.isEqualTo("add vector index book_embeddings on Book(embedding) with 3 dimensions, cosine");

		DropVectorIndex drop = new DropVectorIndex("review_embeddings", true, "REVIEWED", "embedding", 2,
				VectorSimilarity.EUCLIDEAN);
		assertThat(only(drop)).isEqualTo("DROP INDEX `review_embeddings` IF EXISTS");
		assertThat(OperationSource.of(drop))
			.isEqualTo("ctx.dropRelationshipVectorIndex(\"review_embeddings\", \"REVIEWED\", \"embedding\", 2,"
					+ " VectorSimilarity.EUCLIDEAN);");
		assertThat(only(drop.inverse().orElseThrow())).isEqualTo("CREATE VECTOR INDEX `review_embeddings` IF NOT EXISTS"
				+ " FOR ()-[r:`REVIEWED`]-() ON (r.`embedding`)"
				+ " OPTIONS {indexConfig: {`vector.dimensions`: 2, `vector.similarity_function`: 'euclidean'}}");
		assertThat(add.inverse())
			.contains(new DropVectorIndex("book_embeddings", false, "Book", "embedding", 3, VectorSimilarity.COSINE));
	}

	@Test
	void textAndPointIndexesLeaveAGeneratedNameOutOfTheJavaCall() {
		String generated = SchemaNames.textIndex("Book", "isbn");
		assertThat(generated).isEqualTo("crochet_text_Book_isbn_c2799e22");
		AddTextIndex text = new AddTextIndex(generated, false, "Book", "isbn");
		assertThat(only(text)).isEqualTo(
				"CREATE TEXT INDEX `crochet_text_Book_isbn_c2799e22` IF NOT EXISTS FOR (n:`Book`) ON (n.`isbn`)");
		assertThat(OperationSource.of(text)).isEqualTo("ctx.addTextIndex(\"Book\", \"isbn\");");
		assertThat(text.describe()).isEqualTo("add text index crochet_text_Book_isbn_c2799e22 on Book(isbn)");
		assertThat(text.inverse()).contains(new DropTextIndex(generated, false, "Book", "isbn"));

		DropTextIndex named = new DropTextIndex("review_summaries", true, "REVIEWED", "summary");
		assertThat(only(named)).isEqualTo("DROP INDEX `review_summaries` IF EXISTS");
		assertThat(OperationSource.of(named))
			.isEqualTo("ctx.dropRelationshipTextIndex(\"review_summaries\", \"REVIEWED\", \"summary\");");
		assertThat(only(named.inverse().orElseThrow()))
			.isEqualTo("CREATE TEXT INDEX `review_summaries` IF NOT EXISTS FOR ()-[r:`REVIEWED`]-() ON (r.`summary`)");

		AddPointIndex point = new AddPointIndex(SchemaNames.pointIndex("Book", "printedAt"), false, "Book",
				"printedAt");
		assertThat(only(point))
			.isEqualTo("CREATE POINT INDEX `crochet_point_Book_printedAt_aafd9956` IF NOT EXISTS FOR (n:`Book`)"
					+ " ON (n.`printedAt`)");
		assertThat(OperationSource.of(point)).isEqualTo("ctx.addPointIndex(\"Book\", \"printedAt\");");
		AddPointIndex relationshipPoint = new AddPointIndex("where_reviewed", true, "REVIEWED", "at");
		assertThat(OperationSource.of(relationshipPoint))
			.isEqualTo("ctx.addRelationshipPointIndex(\"where_reviewed\", \"REVIEWED\", \"at\");");
		assertThat(relationshipPoint.inverse().orElseThrow().describe())
			.isEqualTo("drop point index where_reviewed on [REVIEWED](at)");
	}

	@Test
	void namesAreEscapedAndHostileValuesRefused() {
		assertThat(only(new AddFulltextIndex("my `idx`", false, "Bo`ok", List.of("ti tle"), null)))
			.isEqualTo("CREATE FULLTEXT INDEX `my ``idx``` IF NOT EXISTS FOR (n:`Bo``ok`) ON EACH [n.`ti tle`]");
		assertThat(only(new DropVectorIndex("a\\u0060b", false, "Book", "e", 1, VectorSimilarity.COSINE)))
			.isEqualTo("DROP INDEX `a\\u005Cu0060b` IF EXISTS");
		assertThatThrownBy(() -> new AddFulltextIndex("t", false, "Book", List.of("title"), "english'}} //"))
			.isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid full-text analyzer 'english'}} //': letters, digits, '-', '_' and '.' only");
		assertThatThrownBy(() -> new AddVectorIndex("v", false, "Book", "embedding", 0, VectorSimilarity.COSINE))
			.isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid vector index 'v': dimensions must be positive, was 0");
		assertThatThrownBy(() -> new AddVectorIndex("v", false, "Book", "embedding", 3, null))
			.isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid vector index 'v': the similarity function must not be null");
		assertThatThrownBy(() -> new AddFulltextIndex("t", false, "Book", List.of(), null))
			.isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid full-text index for index 't': needs at least one property");
		assertThatThrownBy(() -> new AddTextIndex("", false, "Book", "isbn")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid index name '': must not be empty");
		assertThatThrownBy(() -> new DropPointIndex("p", true, " ", "at")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid relationship type ' ': must not be blank");
	}

	@Test
	void theContextRecordsEachMethodAsItsOperation() {
		OperationRecorder ctx = new OperationRecorder("0002_books", 100, () -> UUID.randomUUID().toString());

		ctx.addFulltextIndex("book_titles", "Book", List.of("title", "blurb"));
		ctx.dropFulltextIndex("book_blurbs", "Book", List.of("blurb"), "english");
		ctx.addRelationshipFulltextIndex("review_texts", "REVIEWED", List.of("text"));
		ctx.dropRelationshipFulltextIndex("review_texts", "REVIEWED", List.of("text"), "english");
		ctx.addVectorIndex("book_embeddings", "Book", "embedding", 3, VectorSimilarity.COSINE);
		ctx.dropRelationshipVectorIndex("review_embeddings", "REVIEWED", "embedding", 2, VectorSimilarity.EUCLIDEAN);
		ctx.addTextIndex("Book", "isbn");
		ctx.dropTextIndex("book_codes", "Book", "code");
		ctx.addRelationshipPointIndex("REVIEWED", "at");
		ctx.dropPointIndex("Book", "printedAt");

		assertThat(ctx.operations()).containsExactly(
				new AddFulltextIndex("book_titles", false, "Book", List.of("title", "blurb"), null),
				new DropFulltextIndex("book_blurbs", false, "Book", List.of("blurb"), "english"),
				new AddFulltextIndex("review_texts", true, "REVIEWED", List.of("text"), null),
				new DropFulltextIndex("review_texts", true, "REVIEWED", List.of("text"), "english"),
				new AddVectorIndex("book_embeddings", false, "Book", "embedding", 3, VectorSimilarity.COSINE),
				new DropVectorIndex("review_embeddings", true, "REVIEWED", "embedding", 2, VectorSimilarity.EUCLIDEAN),
				new AddTextIndex("crochet_text_Book_isbn_c2799e22", false, "Book", "isbn"),
				new DropTextIndex("book_codes", false, "Book", "code"),
				new AddPointIndex(SchemaNames.relationshipPointIndex("REVIEWED", "at"), true, "REVIEWED", "at"),
				new DropPointIndex("crochet_point_Book_printedAt_aafd9956", false, "Book", "printedAt"));
		assertThatThrownBy(() -> ctx.addTextIndex(null, "isbn")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid label: must not be null");
	}

}
