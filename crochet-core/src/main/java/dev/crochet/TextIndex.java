package dev.crochet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text index on this property field, which Neo4j-OGM cannot declare (its {@code @Index}
 * is a range index). Part of the schema IR like any other index.
 *
 * <pre>
 * &#64;TextIndex
 * private String title;             // named crochet_text_Movie_title_&lt;hash&gt;
 *
 * &#64;TextIndex(name = "movie_summaries")
 * private String summary;
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TextIndex {

	/**
	 * The index name in the database; empty: a deterministic {@code crochet_text_...}
	 * name.
	 */
	String name() default "";

}
