package dev.crochet.assertj;

import dev.crochet.ir.PropertySchema;
import org.assertj.core.api.AbstractAssert;

import java.util.function.Predicate;

import static dev.crochet.assertj.ShouldHavePropertyDefinition.shouldBe;
import static dev.crochet.assertj.ShouldHavePropertyDefinition.shouldHaveType;

/**
 * Assertions on one property model: its Neo4j type and its flags.
 *
 * <pre>{@code
 * assertThat(snapshot).node("person_v1").hasProperty("name")
 *     .hasType("STRING").isRequired().isUnique().isIndexed();
 * }</pre>
 */
public class PropertySchemaAssert extends AbstractAssert<PropertySchemaAssert, PropertySchema> {

	/**
	 * How messages name the property: {@code Person.name} when reached from its owner.
	 */
	private final String display;

	public PropertySchemaAssert(PropertySchema actual) {
		this(actual, actual == null ? null : actual.name());
	}

	PropertySchemaAssert(PropertySchema actual, String display) {
		super(actual, PropertySchemaAssert.class);
		this.display = display;
	}

	/** The Neo4j type, e.g. {@code STRING}, {@code INTEGER}, {@code LIST<STRING>}. */
	public PropertySchemaAssert hasType(String type) {
		isNotNull();
		if (!actual.type().equals(type)) {
			throwAssertionError(shouldHaveType(display, actual.type(), type));
		}
		return myself;
	}

	/** {@code @Index(unique = true)} (or a non-internal {@code @Id}). */
	public PropertySchemaAssert isUnique() {
		return hasFlag("unique", PropertySchema::unique, true);
	}

	public PropertySchemaAssert isNotUnique() {
		return hasFlag("unique", PropertySchema::unique, false);
	}

	/** {@code @Index}; a unique property counts as indexed. */
	public PropertySchemaAssert isIndexed() {
		return hasFlag("indexed", PropertySchema::indexed, true);
	}

	public PropertySchemaAssert isNotIndexed() {
		return hasFlag("indexed", PropertySchema::indexed, false);
	}

	/** {@code @Required}. */
	public PropertySchemaAssert isRequired() {
		return hasFlag("required", PropertySchema::required, true);
	}

	public PropertySchemaAssert isNotRequired() {
		return hasFlag("required", PropertySchema::required, false);
	}

	private PropertySchemaAssert hasFlag(String flag, Predicate<PropertySchema> value, boolean expected) {
		isNotNull();
		if (value.test(actual) != expected) {
			throwAssertionError(shouldBe(display, flag, expected, actual));
		}
		return myself;
	}

}
