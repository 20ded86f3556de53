package dev.crochet.assertj;

import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.SchemaSnapshot;
import org.assertj.core.api.AbstractAssert;

import static dev.crochet.assertj.ShouldHaveModel.shouldHaveNode;
import static dev.crochet.assertj.ShouldHaveModel.shouldHaveRelationshipEntity;
import static dev.crochet.assertj.ShouldHaveSchemaHash.shouldHaveSchemaHash;

/**
 * Assertions on the schema IR of a set of models.
 *
 * <pre>{@code
 * SchemaSnapshot snapshot = ModelReader.read("com.example.model");
 * assertThat(snapshot).hasHash("9f2c...").hasNode("person_v1");
 * assertThat(snapshot).node("person_v1").hasLabels("Person").hasProperty("name").isUnique().isRequired();
 * }</pre>
 *
 * The navigation methods ({@link #node(String)}, {@link #relationshipEntity(String)})
 * return plain (not soft) assertions; with soft assertions, pass the node to
 * {@code softly.assertThat(...)} instead.
 */
public class SchemaSnapshotAssert extends AbstractAssert<SchemaSnapshotAssert, SchemaSnapshot> {

	public SchemaSnapshotAssert(SchemaSnapshot actual) {
		super(actual, SchemaSnapshotAssert.class);
	}

	/** The snapshot's SHA-256 hash (of its canonical JSON) is {@code expected}. */
	public SchemaSnapshotAssert hasHash(String expected) {
		isNotNull();
		String hash = actual.hash();
		if (!hash.equals(expected)) {
			throwAssertionError(shouldHaveSchemaHash(hash, expected));
		}
		return myself;
	}

	/**
	 * The snapshot has the same hash as {@code other}: the two describe the same graph
	 * contract.
	 */
	public SchemaSnapshotAssert hasSameHashAs(SchemaSnapshot other) {
		return hasHash(other.hash());
	}

	/** A node model with this kgid exists. */
	public SchemaSnapshotAssert hasNode(String kgid) {
		node(kgid);
		return myself;
	}

	/** A relationship entity model with this kgid exists. */
	public SchemaSnapshotAssert hasRelationshipEntity(String kgid) {
		relationshipEntity(kgid);
		return myself;
	}

	/** Fails like {@link #hasNode(String)}, else assertions on that node. */
	public NodeSchemaAssert node(String kgid) {
		isNotNull();
		NodeSchema node = actual.node(kgid).orElse(null);
		if (node == null) {
			throwAssertionError(shouldHaveNode(kgid, actual.nodes().stream().map(NodeSchema::kgid).toList()));
		}
		return new NodeSchemaAssert(node);
	}

	/**
	 * Fails like {@link #hasRelationshipEntity(String)}, else assertions on that
	 * relationship entity.
	 */
	public RelationshipEntitySchemaAssert relationshipEntity(String kgid) {
		isNotNull();
		RelationshipEntitySchema relationship = actual.relationship(kgid).orElse(null);
		if (relationship == null) {
			throwAssertionError(shouldHaveRelationshipEntity(kgid,
					actual.relationships().stream().map(RelationshipEntitySchema::kgid).toList()));
		}
		return new RelationshipEntitySchemaAssert(relationship);
	}

}
