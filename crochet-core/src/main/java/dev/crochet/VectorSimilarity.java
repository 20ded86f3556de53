package dev.crochet;

import java.util.Locale;

/**
 * How a vector index compares vectors ({@code vector.similarity_function} in Neo4j).
 *
 * <pre>
 * &#64;VectorIndex(name = "movie_plots", property = "embedding", dimensions = 384, similarity = VectorSimilarity.COSINE)
 * </pre>
 */
public enum VectorSimilarity {

	COSINE, EUCLIDEAN;

	/**
	 * The value Neo4j's index configuration takes: {@code cosine} or {@code euclidean}.
	 */
	public String cypherName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
