package dev.crochet.assertj;

import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import org.assertj.core.api.AbstractAssert;

import java.util.Arrays;
import java.util.List;

import static dev.crochet.assertj.ShouldHaveLabels.shouldHaveLabels;
import static dev.crochet.assertj.ShouldHaveLabels.shouldHavePrimaryLabel;
import static dev.crochet.assertj.ShouldHaveProperty.shouldHaveProperty;
import static dev.crochet.assertj.ShouldHaveRelationship.shouldDeclareRelationship;

/**
 * Assertions on one node model of a schema snapshot.
 *
 * <pre>{@code
 * assertThat(snapshot).node("person_v1")
 *     .hasLabels("Entity", "Person")
 *     .hasRelationship("FOLLOWS", "person_v1")
 *     .hasProperty("name").isUnique().hasType("STRING");
 * }</pre>
 */
public class NodeSchemaAssert extends AbstractAssert<NodeSchemaAssert, NodeSchema> {

	public NodeSchemaAssert(NodeSchema actual) {
		super(actual, NodeSchemaAssert.class);
	}

	/**
	 * The node carries exactly these labels (primary, inherited and static), in any
	 * order.
	 */
	public NodeSchemaAssert hasLabels(String... labels) {
		isNotNull();
		List<String> expected = Arrays.stream(labels).sorted().toList();
		if (!actual.labels().stream().sorted().toList().equals(expected)) {
			throwAssertionError(shouldHaveLabels(actual.kgid(), actual.labels(), expected));
		}
		return myself;
	}

	/** The class's own label is {@code label}. */
	public NodeSchemaAssert hasPrimaryLabel(String label) {
		isNotNull();
		if (!actual.primaryLabel().equals(label)) {
			throwAssertionError(shouldHavePrimaryLabel(actual.kgid(), actual.primaryLabel(), label));
		}
		return myself;
	}

	/**
	 * The node declares {@code @Relationship(type)} to the node model {@code targetKgid},
	 * in any direction.
	 */
	public NodeSchemaAssert hasRelationship(String type, String targetKgid) {
		isNotNull();
		boolean declared = actual.relationships()
			.stream()
			.anyMatch(r -> r.type().equals(type) && r.targetKgid().equals(targetKgid));
		if (!declared) {
			throwAssertionError(shouldDeclareRelationship(actual.kgid(), type, targetKgid, actual.relationships()));
		}
		return myself;
	}

	/**
	 * The node has a property with this graph name; returns assertions on it.
	 * @param name the graph name ({@code @Property(name)} applied), not the Java field
	 * name
	 */
	public PropertySchemaAssert hasProperty(String name) {
		isNotNull();
		PropertySchema property = actual.property(name).orElse(null);
		if (property == null) {
			throwAssertionError(shouldHaveProperty("node \"" + actual.kgid() + "\"", name,
					actual.properties().stream().map(PropertySchema::name).toList()));
		}
		return new PropertySchemaAssert(property, actual.primaryLabel() + "." + name);
	}

}
