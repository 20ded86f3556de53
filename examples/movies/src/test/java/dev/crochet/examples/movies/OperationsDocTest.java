package dev.crochet.examples.movies;

import dev.crochet.Crochet;
import dev.crochet.NodeMatch;
import dev.crochet.VectorSimilarity;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.OperationRecorder;
import dev.crochet.cypher.Statement;
import dev.crochet.javasource.OperationSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations table of docs/migrations.md shows exactly the Cypher each call renders
 * to.
 */
class OperationsDocTest {

	@Test
	void theTableShowsTheRenderedCypherOfEveryOperation() throws IOException {
		String doc = Files.readString(DocsSnippetsTest.root().resolve("docs/migrations.md"));
		OperationRecorder ctx = new OperationRecorder("r", Crochet.DEFAULT_CHUNK_SIZE, () -> "b1");
		ctx.addUniqueConstraint("Person", "name");
		ctx.dropUniqueConstraint("Person", "name");
		ctx.addNodePropertyExistenceConstraint("Person", "name");
		ctx.dropNodePropertyExistenceConstraint("Person", "name");
		ctx.addCompositeUniqueConstraint("Person", List.of("first", "last"));
		ctx.dropCompositeUniqueConstraint("Person", List.of("first", "last"));
		ctx.addRelationshipUniqueConstraint("ORDERED", "orderId");
		ctx.dropRelationshipUniqueConstraint("ORDERED", "orderId");
		ctx.addIndex("Person", "age");
		ctx.dropIndex("Person", "age");
		ctx.addCompositeIndex("Person", List.of("last", "first"));
		ctx.dropCompositeIndex("Person", List.of("last", "first"));
		ctx.addRelationshipIndex("REVIEWED", "rating");
		ctx.dropRelationshipIndex("REVIEWED", "rating");
		ctx.addFulltextIndex("book_titles", "Book", List.of("title", "blurb"));
		ctx.addFulltextIndex("book_blurbs_en", "Book", List.of("blurb"), "english");
		ctx.dropFulltextIndex("book_titles", "Book", List.of("title", "blurb"));
		ctx.addRelationshipFulltextIndex("review_texts", "REVIEWED", List.of("text"));
		ctx.dropRelationshipFulltextIndex("review_texts", "REVIEWED", List.of("text"));
		ctx.addVectorIndex("book_embeddings", "Book", "embedding", 3, VectorSimilarity.COSINE);
		ctx.dropVectorIndex("book_embeddings", "Book", "embedding", 3, VectorSimilarity.COSINE);
		ctx.addRelationshipVectorIndex("review_embeddings", "REVIEWED", "embedding", 2, VectorSimilarity.EUCLIDEAN);
		ctx.dropRelationshipVectorIndex("review_embeddings", "REVIEWED", "embedding", 2, VectorSimilarity.EUCLIDEAN);
		ctx.addTextIndex("Book", "isbn");
		ctx.addTextIndex("book_codes", "Book", "code");
		ctx.dropTextIndex("Book", "isbn");
		ctx.addRelationshipTextIndex("REVIEWED", "summary");
		ctx.addPointIndex("Book", "printedAt");
		ctx.dropPointIndex("Book", "printedAt");
		ctx.renameLabel("Film", "Movie");
		ctx.renameRelationshipType("KNOWS", "FRIENDS_WITH");
		ctx.addNodeProperty("Person", "active", true);
		ctx.removeNodeProperty("Person", "nickname");
		ctx.renameNodeProperty("Person", "born", "birth_year");
		ctx.runCypher("MATCH (m:Movie) SET m.seen = false");
		ctx.beginBatch("b1");
		ctx.createNodes("Person", List.of());
		ctx.upsertNodes("Person", List.of("name"), List.of());
		ctx.createRelationships("ACTED_IN", NodeMatch.of("Person", "name"), NodeMatch.of("Movie", "title"), List.of());
		ctx.deleteNodesByBatch("Person", "b1");
		ctx.deleteRelationshipsByBatch("ACTED_IN", "b1");
		for (Operation operation : ctx.operations()) {
			String java = OperationSource.of(operation);
			assertThat(doc).as("docs/migrations.md lists %s", java).contains("`" + java + "`");
			for (Statement statement : operation.statements()) {
				assertThat(doc).as("docs/migrations.md shows the Cypher of %s", java)
					.contains("`` " + statement.cypher().replace("|", "\\|") + " ``");
			}
		}
	}

}
