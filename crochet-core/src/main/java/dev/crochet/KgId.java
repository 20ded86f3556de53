package dev.crochet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The immutable identity of a model class in the schema IR.
 *
 * <p>
 * Crochet tracks models by this value, never by class name or package, so a model can be
 * renamed or moved without losing its history. Choose it once and never change it:
 *
 * <pre>
 * &#64;NodeEntity("Person")
 * &#64;KgId("person_v1")
 * public class Person { ... }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KgId {

	/** The identity; non-blank, unique among all models of a project. */
	String value();

}
