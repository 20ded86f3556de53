package dev.crochet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a Java {@link Migration}: where it sits in the chain and what it
 * promises.
 *
 * <pre>
 * &#64;Revision(id = "0001_add_person_node", parent = "", schemaHash = "9f2c...",
 *           rollbackSafe = true, description = "add person node")
 * public final class AddPersonNode implements Migration { ... }
 * </pre>
 *
 * The chain is built from {@link #parent()} links, never from class or file names.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

	/** Unique id of this revision, e.g. {@code 0001_add_person_node}. */
	String id();

	/** Id of the revision this one follows; empty for the root of the chain. */
	String parent() default "";

	/**
	 * SHA-256 of the models' schema IR this migration brings the graph to; empty if
	 * unknown.
	 */
	String schemaHash() default "";

	/**
	 * Whether {@link Migration#downgrade} restores the graph exactly (schema and data).
	 */
	boolean rollbackSafe() default true;

	/** Human-readable description. */
	String description() default "";

}
