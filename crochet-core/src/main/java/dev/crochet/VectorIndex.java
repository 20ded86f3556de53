package dev.crochet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A vector index that Neo4j-OGM cannot declare, on one property of the model's primary
 * label (a node entity) or its type (a relationship entity). It is part of the schema IR:
 * {@code create-migration} plans it, and {@code check} expects it in the graph.
 *
 * <pre>
 * &#64;NodeEntity("Movie")
 * &#64;KgId("movie_v1")
 * &#64;VectorIndex(name = "movie_plots", property = "embedding", dimensions = 3, similarity = VectorSimilarity.COSINE)
 * public class Movie { ... }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(VectorIndexes.class)
public @interface VectorIndex {

	/** The index name in the database. */
	String name();

	/** The graph property name holding the vectors. */
	String property();

	/** The length of every indexed vector; positive. */
	int dimensions();

	VectorSimilarity similarity() default VectorSimilarity.COSINE;

}
