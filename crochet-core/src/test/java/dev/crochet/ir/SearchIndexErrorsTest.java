package dev.crochet.ir;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way an index annotation is refused when the models are read, with the exact
 * message.
 */
class SearchIndexErrorsTest {

	@TempDir
	Path dir;

	/** A Book model with the given annotations on the class and on its fields. */
	private static String book(String classAnnotations, String titleAnnotations, String placeAnnotations) {
		return """
				package gen.bad;

				import dev.crochet.*;
				import org.neo4j.ogm.annotation.*;
				import org.neo4j.ogm.types.spatial.GeographicPoint2d;
				import java.util.List;

				@NodeEntity("Book")
				@KgId("book_v1")
				%s
				public class Book {
					@Id @GeneratedValue Long id;
					%s String title;
					String blurb;
					%s String place;
					GeographicPoint2d location;
					@Relationship(type = "NEXT") %s Book next;
				}
				""".formatted(classAnnotations, titleAnnotations, placeAnnotations, "");
	}

	private void assertRefused(String source, String message) throws Exception {
		assertRefused(Map.of("gen.bad.Book", source), message);
	}

	private void assertRefused(Map<String, String> sources, String message) throws Exception {
		try (URLClassLoader loader = ModelSources.compile(sources, dir)) {
			assertThatThrownBy(() -> ModelReader.read(loader, List.of("gen.bad"))).isInstanceOf(ModelException.class)
				.hasMessage(message);
		}
	}

	@Test
	void anUnknownPropertyIsNamedWithTheClassAndItsProperties() throws Exception {
		assertRefused(book("@FulltextIndex(name = \"book_titles\", properties = { \"title\", \"subtitle\" })", "", ""),
				"@FulltextIndex(name = \"book_titles\") on gen.bad.Book: properties names 'subtitle', which is not a"
						+ " property of gen.bad.Book (its properties: blurb, location, place, title)");
	}

	@Test
	void anUnknownVectorPropertyIsNamed() throws Exception {
		assertRefused(
				book("@VectorIndex(name = \"book_embeddings\", property = \"embedding\", dimensions = 3)", "", ""),
				"@VectorIndex(name = \"book_embeddings\") on gen.bad.Book: property names 'embedding', which is not a"
						+ " property of gen.bad.Book (its properties: blurb, location, place, title)");
	}

	@Test
	void emptyPropertiesAreRefused() throws Exception {
		assertRefused(book("@FulltextIndex(name = \"book_titles\", properties = {})", "", ""),
				"@FulltextIndex(name = \"book_titles\") on gen.bad.Book: properties is empty");
	}

	@Test
	void aPropertyTwiceIsRefused() throws Exception {
		assertRefused(book("@FulltextIndex(name = \"book_titles\", properties = { \"title\", \"title\" })", "", ""),
				"@FulltextIndex(name = \"book_titles\") on gen.bad.Book: properties names 'title' twice");
	}

	@Test
	void nonPositiveDimensionsAreRefused() throws Exception {
		assertRefused(book("@VectorIndex(name = \"book_embeddings\", property = \"blurb\", dimensions = 0)", "", ""),
				"@VectorIndex(name = \"book_embeddings\") on gen.bad.Book: dimensions must be positive, was 0");
	}

	@Test
	void aBlankNameIsRefused() throws Exception {
		assertRefused(book("@FulltextIndex(name = \" \", properties = \"title\")", "", ""),
				"@FulltextIndex on gen.bad.Book: name is blank");
	}

	@Test
	void anAnalyzerThatIsNoPlainNameIsRefused() throws Exception {
		assertRefused(
				book("@FulltextIndex(name = \"book_titles\", properties = \"title\", analyzer = \"english'}}\")", "",
						""),
				"@FulltextIndex(name = \"book_titles\") on gen.bad.Book: analyzer 'english'}}' is not an analyzer name"
						+ " (letters, digits, '-', '_' and '.' only)");
	}

	@Test
	void aDuplicateNameInOneClassNamesBothAnnotations() throws Exception {
		assertRefused(
				book("@FulltextIndex(name = \"book_search\", properties = \"title\")",
						"@TextIndex(name = \"book_search\")", ""),
				"Index name \"book_search\" is declared twice: @FulltextIndex on gen.bad.Book and @TextIndex on gen.bad.Book.title");
	}

	@Test
	void aDuplicateNameAcrossClassesNamesBoth() throws Exception {
		String author = """
				package gen.bad;

				import dev.crochet.*;
				import org.neo4j.ogm.annotation.*;

				@NodeEntity("Author")
				@KgId("author_v1")
				@FulltextIndex(name = "search", properties = "name")
				public class Author {
					@Id @GeneratedValue Long id;
					String name;
				}
				""";
		assertRefused(
				Map.of("gen.bad.Book", book("@FulltextIndex(name = \"search\", properties = \"title\")", "", ""),
						"gen.bad.Author", author),
				"Index name \"search\" is declared twice: @FulltextIndex on gen.bad.Author and @FulltextIndex on gen.bad.Book");
	}

	@Test
	void aPointIndexOnAPropertyThatHoldsNoPointIsRefused() throws Exception {
		assertRefused(book("", "", "@PointIndex"),
				"@PointIndex on gen.bad.Book.place: the property has type STRING, not POINT");
	}

	@Test
	void aTextIndexOnARelationshipFieldIsRefusedRatherThanLost() throws Exception {
		String source = book("", "", "").replace("@Relationship(type = \"NEXT\")  Book next;",
				"@Relationship(type = \"NEXT\") @TextIndex Book next;");
		assertRefused(source, "@TextIndex on gen.bad.Book.next: not a property field of gen.bad.Book");
	}

}
