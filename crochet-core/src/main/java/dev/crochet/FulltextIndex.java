package dev.crochet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A full-text index that Neo4j-OGM cannot declare, on the model's primary label (a node
 * entity) or its type (a relationship entity). It is part of the schema IR:
 * {@code create-migration} plans it, and {@code check} expects it in the graph.
 *
 * <pre>
 * &#64;NodeEntity("Movie")
 * &#64;KgId("movie_v1")
 * &#64;FulltextIndex(name = "movie_titles", properties = {"title", "tagline"})
 * public class Movie { ... }
 * </pre>
 *
 * <p>
 * The properties are graph property names of the class. The name is the index's name in
 * the database, unique among all indexes and constraints.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(FulltextIndexes.class)
public @interface FulltextIndex {

	/** The index name in the database. */
	String name();

	/** Graph property names of the class, at least one, in index order. */
	String[] properties();

	/**
	 * A Lucene analyzer Neo4j knows ({@code english}, {@code standard-no-stop-words},
	 * ...); empty: Neo4j's default.
	 */
	String analyzer() default "";

}
