package dev.crochet.ir;

import dev.crochet.VectorSimilarity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An index Neo4j-OGM cannot declare, declared with a Crochet annotation
 * ({@code @FulltextIndex}, {@code @VectorIndex}, {@code @TextIndex}, {@code @PointIndex})
 * on the label or type of the model that holds it.
 *
 * <pre>{@code
 * SearchIndexSchema.fulltext("movie_titles", List.of("title", "tagline"), null)
 * SearchIndexSchema.vector("movie_plots", "embedding", 3, VectorSimilarity.COSINE)
 * }</pre>
 *
 * @param name the index name in the database; null for a text or point index that names
 * none (the migration then gives it Crochet's deterministic {@code crochet_text_...} or
 * {@code crochet_point_...} name, which the IR leaves to the operations)
 * @param properties graph property names in index order; exactly one except for a
 * full-text index
 * @param analyzer a full-text index's analyzer, or null for Neo4j's default
 * @param dimensions a vector index's dimensions, else 0
 * @param similarity a vector index's similarity function, else null
 */
public record SearchIndexSchema(Kind kind, String name, List<String> properties, String analyzer, int dimensions,
		VectorSimilarity similarity) {

	/** The index types Neo4j has beside the range indexes OGM declares. */
	public enum Kind {

		FULLTEXT, VECTOR, TEXT, POINT;

		/** As {@code describe()} texts and messages write it: {@code fulltext index}. */
		public String display() {
			return name().toLowerCase(Locale.ROOT) + " index";
		}

	}

	/**
	 * The order of a model's search indexes in the IR and the diff: by name (unnamed
	 * first), kind, properties.
	 */
	public static final Comparator<SearchIndexSchema> ORDER = Comparator
		.comparing(SearchIndexSchema::name, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
		.thenComparing(SearchIndexSchema::kind)
		.thenComparing(index -> String.join("\0", index.properties()));

	public SearchIndexSchema {
		Objects.requireNonNull(kind, "kind");
		if (name == null && (kind == Kind.FULLTEXT || kind == Kind.VECTOR)) {
			throw new IllegalArgumentException("A " + kind.display() + " needs a name");
		}
		properties = List.copyOf(properties);
		if (properties.isEmpty() || kind != Kind.FULLTEXT && properties.size() != 1) {
			throw new IllegalArgumentException(
					"A " + kind.display() + " has " + (kind == Kind.FULLTEXT ? "at least" : "exactly")
							+ " one property, " + name + " has " + properties.size());
		}
		if (analyzer != null && kind != Kind.FULLTEXT) {
			throw new IllegalArgumentException(
					"Only a full-text index has an analyzer, " + name + " is a " + kind.display());
		}
		if ((kind == Kind.VECTOR) != (dimensions > 0) || (kind == Kind.VECTOR) != (similarity != null)) {
			throw new IllegalArgumentException(
					"A vector index, and only a vector index, has positive dimensions and a" + " similarity function: "
							+ name + " is a " + kind.display() + " with " + dimensions + ", " + similarity);
		}
	}

	public static SearchIndexSchema fulltext(String name, List<String> properties, String analyzer) {
		return new SearchIndexSchema(Kind.FULLTEXT, name, properties, analyzer, 0, null);
	}

	public static SearchIndexSchema vector(String name, String property, int dimensions, VectorSimilarity similarity) {
		return new SearchIndexSchema(Kind.VECTOR, name, List.of(property), null, dimensions, similarity);
	}

	/**
	 * @param name null for Crochet's generated name
	 */
	public static SearchIndexSchema text(String name, String property) {
		return new SearchIndexSchema(Kind.TEXT, name, List.of(property), null, 0, null);
	}

	/**
	 * @param name null for Crochet's generated name
	 */
	public static SearchIndexSchema point(String name, String property) {
		return new SearchIndexSchema(Kind.POINT, name, List.of(property), null, 0, null);
	}

	/**
	 * E.g. {@code fulltext index movie_titles on Movie(title, tagline)}, {@code vector
	 * index movie_plots on [RATED](embedding) {dimensions: 3, similarity: cosine}} or
	 * {@code text index on Movie(isbn)}; the owner is written as the caller passes it.
	 */
	public String describe(String owner) {
		String text = kind.display() + (name == null ? "" : " " + name) + " on " + owner + "("
				+ String.join(", ", properties) + ")";
		if (analyzer != null) {
			return text + " {analyzer: " + analyzer + "}";
		}
		if (kind == Kind.VECTOR) {
			return text + " {dimensions: " + dimensions + ", similarity: " + similarity.cypherName() + "}";
		}
		return text;
	}
}
