package dev.crochet.diff;

import dev.crochet.VectorSimilarity;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SearchIndexSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search indexes in the diff: added, removed, changed under one name, moved by a rename.
 */
class SearchIndexDiffTest {

	private static final List<PropertySchema> PROPERTIES = List.of(
			new PropertySchema("blurb", "STRING", false, false, false),
			new PropertySchema("embedding", "LIST<FLOAT>", false, false, false),
			new PropertySchema("title", "STRING", false, false, false));

	private static final SearchIndexSchema TITLES = SearchIndexSchema.fulltext("book_titles", List.of("title", "blurb"),
			null);

	private static final SearchIndexSchema EMBEDDINGS = SearchIndexSchema.vector("book_embeddings", "embedding", 3,
			VectorSimilarity.COSINE);

	private static SchemaSnapshot books(String label, SearchIndexSchema... indexes) {
		return new SchemaSnapshot(List
			.of(new NodeSchema("book_v1", label, List.of(label), PROPERTIES, List.of(), List.of(), List.of(indexes))),
				List.of());
	}

	private static SchemaSnapshot reviews(String type, SearchIndexSchema... indexes) {
		return new SchemaSnapshot(List.of(), List.of(new RelationshipEntitySchema("reviewed_v1", type, "reader_v1",
				"book_v1", PROPERTIES, List.of(indexes))));
	}

	private static String diff(SchemaSnapshot from, SchemaSnapshot to) {
		return SchemaDiff.between(from, to).describe();
	}

	@Test
	void addedAndRemovedIndexesAreDescribedWithTheirDefinition() {
		assertThat(diff(books("Book"), books("Book", TITLES, EMBEDDINGS))).isEqualTo(String.join(System.lineSeparator(),
				"vector index book_embeddings on Book(embedding) {dimensions: 3, similarity: cosine} added",
				"fulltext index book_titles on Book(title, blurb) added"));
		assertThat(diff(books("Book", TITLES), books("Book")))
			.isEqualTo("fulltext index book_titles on Book(title, blurb) removed");
		assertThat(SchemaDiff.between(books("Book", TITLES), books("Book")).destructive()).isFalse();
	}

	@Test
	void aChangedDefinitionUnderTheSameNameIsRemovedBeforeItIsAdded() {
		SearchIndexSchema english = SearchIndexSchema.fulltext("book_titles", List.of("title", "blurb"), "english");

		assertThat(diff(books("Book", TITLES), books("Book", english)))
			.isEqualTo(String.join(System.lineSeparator(), "fulltext index book_titles on Book(title, blurb) removed",
					"fulltext index book_titles on Book(title, blurb) {analyzer: english} added"));
	}

	@Test
	void aRenamedLabelMovesEveryIndexFromTheOldLabelToTheNewOne() {
		assertThat(diff(books("Book", TITLES), books("Novel", TITLES))).isEqualTo(String.join(System.lineSeparator(),
				"label of book_v1 renamed Book -> Novel", "fulltext index book_titles on Book(title, blurb) removed",
				"fulltext index book_titles on Novel(title, blurb) added"));
	}

	@Test
	void relationshipIndexesNameTheTypeInBrackets() {
		SearchIndexSchema text = SearchIndexSchema.text("crochet_rtext_REVIEWED_title_0", "title");

		assertThat(diff(reviews("REVIEWED"), reviews("REVIEWED", text)))
			.isEqualTo("text index crochet_rtext_REVIEWED_title_0 on [REVIEWED](title) added");
		assertThat(diff(reviews("REVIEWED", text), reviews("RATED", text)))
			.isEqualTo(String.join(System.lineSeparator(), "type of reviewed_v1 renamed REVIEWED -> RATED",
					"text index crochet_rtext_REVIEWED_title_0 on [REVIEWED](title) removed",
					"text index crochet_rtext_REVIEWED_title_0 on [RATED](title) added"));
	}

	@Test
	void unchangedIndexesAreNoChange() {
		assertThat(SchemaDiff.between(books("Book", TITLES, EMBEDDINGS), books("Book", EMBEDDINGS, TITLES)).isEmpty())
			.isTrue();
	}

}
