package dev.crochet.javasource;

import dev.crochet.NodeMatch;
import dev.crochet.VectorSimilarity;
import dev.crochet.cypher.AddCompositeIndex;
import dev.crochet.cypher.AddExistenceConstraint;
import dev.crochet.cypher.AddIndex;
import dev.crochet.cypher.AddNodeProperty;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.CreateRelationships;
import dev.crochet.cypher.DeleteNodesByBatch;
import dev.crochet.cypher.InvalidOperationException;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.OperationRecorder;
import dev.crochet.cypher.RunCypher;
import dev.crochet.cypher.UpsertNodes;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Java call each operation is written as: what generated migrations hold and Java
 * checksums hash.
 */
class OperationSourceTest {

	/**
	 * The text is hashed into the checksum of every applied Java migration
	 * (JavaChecksums): the file holds what Crochet wrote before the renderer left the
	 * operations, byte for byte.
	 */
	@Test
	void everyContextCallIsWrittenAsBefore() throws Exception {
		String expected;
		try (InputStream in = OperationSourceTest.class.getResourceAsStream("every-call.txt")) {
			// A checkout may turn the file's line ends into CRLF; the rendered text holds
			// no line end of its own.
			expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		StringBuilder written = new StringBuilder();
		for (Operation operation : everyCall().operations()) {
			written.append(OperationSource.of(operation)).append('\n');
		}
		assertThat(written.toString()).isEqualTo(expected);
	}

	@Test
	void everyKindOfOperationIsCoveredByThatText() {
		Set<Class<?>> recorded = everyCall().operations().stream().map(Object::getClass).collect(Collectors.toSet());
		assertThat(recorded).containsExactlyInAnyOrderElementsOf(kinds(Operation.class));
	}

	@Test
	void writesTheCallWithEscapedLiterals() {
		assertThat(OperationSource.of(new AddIndex("Person", "age"))).isEqualTo("ctx.addIndex(\"Person\", \"age\");");
		assertThat(OperationSource.of(new AddExistenceConstraint("Person", "name")))
			.isEqualTo("ctx.addNodePropertyExistenceConstraint(\"Person\", \"name\");");
		assertThat(OperationSource.of(new AddUniqueConstraint("Say \"hi\"\n", "a\\u0060b")))
			.isEqualTo("ctx.addUniqueConstraint(\"Say \\\"hi\\\"\\n\", \"a\\\\u0060b\");");
		assertThat(OperationSource.of(new AddIndex("Persön 人", "p")))
			.isEqualTo("ctx.addIndex(\"Pers\\u00f6n \\u4eba\", \"p\");");
		assertThat(OperationSource.of(new AddCompositeIndex("P", List.of("a", "b"))))
			.isEqualTo("ctx.addCompositeIndex(\"P\", List.of(\"a\", \"b\"));");
		assertThat(OperationSource.of(new AddNodeProperty("P", "since", LocalDate.of(2024, 2, 29))))
			.isEqualTo("ctx.addNodeProperty(\"P\", \"since\", java.time.LocalDate.parse(\"2024-02-29\"));");
		assertThat(OperationSource.of(new AddNodeProperty("P", "n", 3L)))
			.isEqualTo("ctx.addNodeProperty(\"P\", \"n\", 3L);");
		assertThat(OperationSource.of(new AddNodeProperty("P", "n", List.of(1.5d, "x"))))
			.isEqualTo("ctx.addNodeProperty(\"P\", \"n\", List.of(1.5d, \"x\"));");
		assertThat(OperationSource.of(new RunCypher("RETURN $x", Map.of("x", 'q'))))
			.isEqualTo("ctx.runCypher(\"RETURN $x\", Map.ofEntries(Map.entry(\"x\", 'q')));");
		assertThat(OperationSource.of(new RunCypher("RETURN 1"))).isEqualTo("ctx.runCypher(\"RETURN 1\");");
		assertThat(OperationSource.of(new BeginBatch("b1", Path.of("data", "people.csv"))))
			.isEqualTo("ctx.beginBatch(\"b1\", Path.of(\"data" + File.separator + "people.csv\"));");
		assertThat(OperationSource
			.of(new CreateRelationships("R", NodeMatch.of("A", "id"), NodeMatch.of("B", "id"), List.of(), "b")))
			.isEqualTo(
					"ctx.createRelationships(\"R\", NodeMatch.of(\"A\", \"id\"), NodeMatch.of(\"B\", \"id\"), rows);");
		assertThat(OperationSource.of(new UpsertNodes("P", List.of("k"), List.of(), "b")))
			.isEqualTo("ctx.upsertNodes(\"P\", List.of(\"k\"), rows);");
		assertThat(OperationSource.of(new DeleteNodesByBatch("P", "b")))
			.isEqualTo("ctx.deleteNodesByBatch(\"P\", \"b\");");
	}

	@Test
	void refusesValuesItCannotWrite() {
		assertThatThrownBy(() -> OperationSource.of(new AddNodeProperty("P", "n", new StringBuilder("x"))))
			.isInstanceOf(InvalidOperationException.class)
			.hasMessage("Cannot write a value of type java.lang.StringBuilder as Java source: x");
	}

	private static Set<Class<?>> kinds(Class<?> sealed) {
		Set<Class<?>> kinds = new HashSet<>();
		for (Class<?> permitted : sealed.getPermittedSubclasses()) {
			if (permitted.isSealed()) {
				kinds.addAll(kinds(permitted));
			}
			else {
				kinds.add(permitted);
			}
		}
		return kinds;
	}

	/**
	 * Every MigrationContext method once, with literals that need escaping and values of
	 * every kind.
	 */
	static OperationRecorder everyCall() {
		int[] next = { 0 };
		Supplier<String> batchIds = () -> "0001_all#" + (++next[0]);
		OperationRecorder ctx = new OperationRecorder("0001_all", 500, batchIds);
		NodeMatch person = NodeMatch.of("Person", "name");
		NodeMatch movie = NodeMatch.of("Mövie \"1\"", "title");
		List<Map<String, Object>> rows = List.of(Map.of("name", "Ann"));
		ctx.addUniqueConstraint("Person", "name");
		ctx.dropUniqueConstraint("Say \"hi\"\n", "a\\u0060b");
		ctx.addNodePropertyExistenceConstraint("Person", "name");
		ctx.dropNodePropertyExistenceConstraint("Persön 人", "p\t");
		ctx.addCompositeUniqueConstraint("Person", List.of("first", "last"));
		ctx.dropCompositeUniqueConstraint("Person", List.of("first", "last"));
		ctx.addRelationshipUniqueConstraint("ACTED_IN", "role");
		ctx.dropRelationshipUniqueConstraint("ACTED_IN", "role");
		ctx.addIndex("Person", "age");
		ctx.dropIndex("Person", "age");
		ctx.addCompositeIndex("Person", List.of("a", "b"));
		ctx.dropCompositeIndex("Person", List.of("a", "b"));
		ctx.addRelationshipIndex("ACTED_IN", "since");
		ctx.dropRelationshipIndex("ACTED_IN", "since");
		ctx.addFulltextIndex("titles", "Movie", List.of("title", "tagline"));
		ctx.addFulltextIndex("titles_en", "Movie", List.of("title"), "english");
		ctx.dropFulltextIndex("titles", "Movie", List.of("title", "tagline"));
		ctx.dropFulltextIndex("titles_en", "Movie", List.of("title"), "english");
		ctx.addRelationshipFulltextIndex("reviews", "REVIEWED", List.of("text"));
		ctx.addRelationshipFulltextIndex("reviews_en", "REVIEWED", List.of("text"), "english");
		ctx.dropRelationshipFulltextIndex("reviews", "REVIEWED", List.of("text"));
		ctx.dropRelationshipFulltextIndex("reviews_en", "REVIEWED", List.of("text"), "english");
		ctx.addVectorIndex("plots", "Movie", "embedding", 3, VectorSimilarity.COSINE);
		ctx.dropVectorIndex("plots", "Movie", "embedding", 3, VectorSimilarity.COSINE);
		ctx.addRelationshipVectorIndex("review_vectors", "REVIEWED", "embedding", 2, VectorSimilarity.EUCLIDEAN);
		ctx.dropRelationshipVectorIndex("review_vectors", "REVIEWED", "embedding", 2, VectorSimilarity.EUCLIDEAN);
		ctx.addTextIndex("Book", "isbn");
		ctx.addTextIndex("isbns", "Book", "isbn");
		ctx.dropTextIndex("Book", "isbn");
		ctx.dropTextIndex("isbns", "Book", "isbn");
		ctx.addRelationshipTextIndex("REVIEWED", "summary");
		ctx.addRelationshipTextIndex("summaries", "REVIEWED", "summary");
		ctx.dropRelationshipTextIndex("REVIEWED", "summary");
		ctx.dropRelationshipTextIndex("summaries", "REVIEWED", "summary");
		ctx.addPointIndex("Book", "printedAt");
		ctx.addPointIndex("places", "Book", "printedAt");
		ctx.dropPointIndex("Book", "printedAt");
		ctx.dropPointIndex("places", "Book", "printedAt");
		ctx.addRelationshipPointIndex("REVIEWED", "at");
		ctx.addRelationshipPointIndex("where_reviewed", "REVIEWED", "at");
		ctx.dropRelationshipPointIndex("REVIEWED", "at");
		ctx.dropRelationshipPointIndex("where_reviewed", "REVIEWED", "at");
		ctx.renameLabel("Person", "Human");
		ctx.renameRelationshipType("ACTED_IN", "PLAYED_IN");
		ctx.addNodeProperty("P", "s", "x\u0001y");
		ctx.addNodeProperty("P", "b", true);
		ctx.addNodeProperty("P", "i", 7);
		ctx.addNodeProperty("P", "l", 3L);
		ctx.addNodeProperty("P", "sh", (short) 2);
		ctx.addNodeProperty("P", "by", (byte) 1);
		ctx.addNodeProperty("P", "d", 1.5d);
		ctx.addNodeProperty("P", "dn", Double.NaN);
		ctx.addNodeProperty("P", "dp", Double.POSITIVE_INFINITY);
		ctx.addNodeProperty("P", "dm", Double.NEGATIVE_INFINITY);
		ctx.addNodeProperty("P", "f", 2.5f);
		ctx.addNodeProperty("P", "fn", Float.NaN);
		ctx.addNodeProperty("P", "fp", Float.POSITIVE_INFINITY);
		ctx.addNodeProperty("P", "fm", Float.NEGATIVE_INFINITY);
		ctx.addNodeProperty("P", "c", 'q');
		ctx.addNodeProperty("P", "cq", '\'');
		ctx.addNodeProperty("P", "cu", 'é');
		ctx.addNodeProperty("P", "date", LocalDate.of(2024, 2, 29));
		ctx.addNodeProperty("P", "list", List.of(1.5d, "x", List.of(1L)));
		ctx.removeNodeProperty("P", "s");
		ctx.renameNodeProperty("P", "a", "b");
		ctx.renameRelationshipProperty("T", "a", "b");
		ctx.runCypher("RETURN 1");
		ctx.runCypher("RETURN $x", Map.of("x", 'q'));
		ctx.beginBatch();
		ctx.beginBatch("people");
		ctx.createNodes("Person", rows);
		ctx.upsertNodes("Person", List.of("name", "born"), rows);
		ctx.createRelationships("ACTED_IN", person, movie, rows);
		ctx.deleteNodesByBatch("Person", "people");
		ctx.deleteRelationshipsByBatch("ACTED_IN", "people");
		return ctx;
	}

}
