package dev.crochet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The graph name a property had before it was renamed, so that {@code create-migration}
 * moves the values ({@code renameNodeProperty} / {@code renameRelationshipProperty},
 * reversible) instead of removing the old property and adding an empty new one. Without
 * it a rename cannot be told from a removal plus an addition: the schema IR, like the
 * graph, knows properties only by name.
 *
 * <pre>
 * &#64;NodeEntity("Person")
 * &#64;KgId("person_v1")
 * public class Person {
 *     &#64;RenamedFrom("name")
 *     String fullName;
 * }
 * </pre>
 *
 * <p>
 * It only matters while the head migration's snapshot still has the old name and not the
 * new one; once a migration has made the rename, the annotation changes nothing and may
 * be removed. It is not part of the schema hash.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RenamedFrom {

	/**
	 * The property's previous graph name (its {@code @Property(name)}, if it had one).
	 */
	String value();

}
