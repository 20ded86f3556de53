package dev.crochet.ir;

import dev.crochet.VectorSimilarity;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * @FulltextIndex, @VectorIndex, @TextIndex and @PointIndex in the IR, its JSON and its
 * hash.
 */
class SearchIndexModelTest {

	private static final String ANNOTATED = "dev.crochet.fixtures.indexes.annotated";

	private static final String PLAIN = "dev.crochet.fixtures.indexes.plain";

	/**
	 * The movies fixture's hash before search indexes existed: models without them must
	 * keep it, byte for byte.
	 */
	private static final String MOVIES_HASH = "6ba070f92955c84de553ff5627cd97261b4c0f4a74ed0a621df8dabea81d7447";

	@Test
	void nodeIndexesAreReadUnnamedTextAndPointIndexesFirst() {
		NodeSchema book = ModelReader.read(ANNOTATED).node("book_v1").orElseThrow();

		assertThat(book.searchIndexes()).containsExactly(SearchIndexSchema.text(null, "isbn"),
				SearchIndexSchema.point(null, "printedAt"),
				SearchIndexSchema.fulltext("book_blurbs_en", List.of("blurb"), "english"),
				SearchIndexSchema.text("book_codes", "code"),
				SearchIndexSchema.vector("book_embeddings", "embedding", 3, VectorSimilarity.COSINE),
				SearchIndexSchema.fulltext("book_titles", List.of("title", "blurb"), null));
	}

	@Test
	void relationshipEntityIndexesAreReadOnItsType() {
		RelationshipEntitySchema reviewed = ModelReader.read(ANNOTATED).relationship("reviewed_v1").orElseThrow();

		assertThat(reviewed.searchIndexes()).containsExactly(SearchIndexSchema.text(null, "summary"),
				SearchIndexSchema.vector("review_embeddings", "embedding", 2, VectorSimilarity.EUCLIDEAN),
				SearchIndexSchema.fulltext("review_texts", List.of("text"), null));
	}

	@Test
	void canonicalJsonHoldsTheIndexesAndReadsBackEqual() {
		SchemaSnapshot snapshot = ModelReader.read(ANNOTATED);
		String json = snapshot.toCanonicalJson();

		assertThat(json).contains("\"searchIndexes\":[{\"kind\":\"TEXT\",\"properties\":[\"isbn\"]},"
				+ "{\"kind\":\"POINT\",\"properties\":[\"printedAt\"]},{\"analyzer\":\"english\",\"kind\":\"FULLTEXT\",\"name\":\"book_blurbs_en\","
				+ "\"properties\":[\"blurb\"]},{\"kind\":\"TEXT\",\"name\":\"book_codes\",\"properties\":[\"code\"]},"
				+ "{\"dimensions\":3,\"kind\":\"VECTOR\",\"name\":\"book_embeddings\",\"properties\":[\"embedding\"],"
				+ "\"similarity\":\"COSINE\"},{\"kind\":\"FULLTEXT\",\"name\":\"book_titles\",\"properties\":[\"title\",\"blurb\"]}");
		assertThat(SchemaSnapshot.fromJson(json)).isEqualTo(snapshot);
		assertThat(SchemaSnapshot.fromJson(json).hash()).isEqualTo(snapshot.hash());
	}

	@Test
	void aSnapshotFileWithIndexesIsReadBackUnderItsHash(@TempDir Path dir) {
		SchemaSnapshot snapshot = ModelReader.read(ANNOTATED);
		SnapshotFiles.write(dir, snapshot);

		assertThat(SnapshotFiles.find(snapshot.hash(), null, List.of(dir))).contains(snapshot);
	}

	@Test
	void theIndexesArePartOfTheHash() {
		assertThat(ModelReader.read(ANNOTATED).hash()).isNotEqualTo(ModelReader.read(PLAIN).hash());
	}

	@Test
	void modelsWithoutSearchIndexesHaveNoSearchIndexesFieldAndKeepTheirHash() {
		SchemaSnapshot movies = ModelReader.read("dev.crochet.fixtures.movies");

		assertThat(ModelReader.read(PLAIN).toCanonicalJson()).doesNotContain("searchIndexes");
		assertThat(movies.toCanonicalJson()).doesNotContain("searchIndexes");
		assertThat(movies.hash()).isEqualTo(MOVIES_HASH);
	}

	@Test
	void aSnapshotWithASearchIndexThatContradictsItselfIsRefused() {
		String json = "{\"nodes\":[{\"compositeIndexes\":[],\"kgid\":\"a\",\"labels\":[\"A\"],\"primaryLabel\":\"A\","
				+ "\"properties\":[],\"relationships\":[],\"searchIndexes\":[{\"kind\":\"TEXT\",\"name\":\"x\","
				+ "\"properties\":[\"p\"],\"dimensions\":3}]}],\"relationships\":[]}";

		Assertions.assertThatThrownBy(() -> SchemaSnapshot.fromJson(json))
			.isInstanceOf(ModelException.class)
			.hasMessage("Not a schema snapshot: search index {\"kind\":\"TEXT\",\"name\":\"x\",\"properties\":[\"p\"],"
					+ "\"dimensions\":3} is not valid: A vector index, and only a vector index, has positive dimensions"
					+ " and a similarity function: x is a text index with 3, null");
	}

}
