package dev.crochet.assertj;

import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import org.assertj.core.api.AbstractAssert;

import static dev.crochet.assertj.ShouldHaveProperty.shouldHaveProperty;
import static dev.crochet.assertj.ShouldHaveRelationship.shouldConnect;
import static dev.crochet.assertj.ShouldHaveRelationship.shouldHaveType;

/**
 * Assertions on one {@code @RelationshipEntity} model of a schema snapshot.
 *
 * <pre>{@code
 * assertThat(snapshot).relationshipEntity("role_v1")
 *     .hasType("ACTED_IN").connects("person_v1", "movie_v1")
 *     .hasProperty("roles").hasType("LIST<STRING>");
 * }</pre>
 */
public class RelationshipEntitySchemaAssert
		extends AbstractAssert<RelationshipEntitySchemaAssert, RelationshipEntitySchema> {

	public RelationshipEntitySchemaAssert(RelationshipEntitySchema actual) {
		super(actual, RelationshipEntitySchemaAssert.class);
	}

	public RelationshipEntitySchemaAssert hasType(String type) {
		isNotNull();
		if (!actual.type().equals(type)) {
			throwAssertionError(shouldHaveType(actual.kgid(), actual.type(), type));
		}
		return myself;
	}

	/**
	 * The relationship starts at node model {@code startKgid} and ends at
	 * {@code endKgid}.
	 */
	public RelationshipEntitySchemaAssert connects(String startKgid, String endKgid) {
		isNotNull();
		if (!actual.startKgid().equals(startKgid) || !actual.endKgid().equals(endKgid)) {
			throwAssertionError(shouldConnect(actual.kgid(), actual.startKgid(), actual.endKgid(), startKgid, endKgid));
		}
		return myself;
	}

	/** The relationship has a property with this graph name; returns assertions on it. */
	public PropertySchemaAssert hasProperty(String name) {
		isNotNull();
		PropertySchema property = actual.property(name).orElse(null);
		if (property == null) {
			throwAssertionError(shouldHaveProperty("relationship entity \"" + actual.kgid() + "\"", name,
					actual.properties().stream().map(PropertySchema::name).toList()));
		}
		return new PropertySchemaAssert(property, "[:" + actual.type() + "]." + name);
	}

}
