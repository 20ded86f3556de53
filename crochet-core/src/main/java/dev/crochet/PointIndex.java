package dev.crochet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A point index on this property field (a Neo4j-OGM spatial type such as
 * {@code GeographicPoint2d}), which Neo4j-OGM cannot declare. Part of the schema IR like
 * any other index.
 *
 * <pre>
 * &#64;PointIndex
 * private GeographicPoint2d location;   // named crochet_point_Cinema_location_&lt;hash&gt;
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PointIndex {

	/**
	 * The index name in the database; empty: a deterministic {@code crochet_point_...}
	 * name.
	 */
	String name() default "";

}
