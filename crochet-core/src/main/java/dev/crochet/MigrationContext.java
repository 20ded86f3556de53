package dev.crochet;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The operations a {@link Migration} declares. Every label, relationship type and
 * property name is escaped as a Cypher identifier (or rejected with a message naming it);
 * every value is a parameter. Constraint and index names are deterministic
 * ({@code crochet_...}). Operations touching many entities run in bounded chunks, and
 * schema and data changes never share a transaction.
 */
public interface MigrationContext {

	/** The revision being applied or reverted. */
	String revision();

	// ---- constraints and indexes
	// -------------------------------------------------------------

	void addUniqueConstraint(String label, String property);

	void dropUniqueConstraint(String label, String property);

	/** Enterprise edition only; refused on Community before anything runs. */
	void addNodePropertyExistenceConstraint(String label, String property);

	/** Enterprise edition only; refused on Community before anything runs. */
	void dropNodePropertyExistenceConstraint(String label, String property);

	/** A uniqueness constraint over several properties together, in the given order. */
	void addCompositeUniqueConstraint(String label, List<String> properties);

	void dropCompositeUniqueConstraint(String label, List<String> properties);

	/** A uniqueness constraint on a relationship property. */
	void addRelationshipUniqueConstraint(String type, String property);

	void dropRelationshipUniqueConstraint(String type, String property);

	void addIndex(String label, String property);

	void dropIndex(String label, String property);

	/** A range index over several properties of one label, in the given order. */
	void addCompositeIndex(String label, List<String> properties);

	void dropCompositeIndex(String label, List<String> properties);

	/** A range index on a relationship property. */
	void addRelationshipIndex(String type, String property);

	void dropRelationshipIndex(String type, String property);

	// ---- full-text, vector, text and point indexes
	// ---------------------------------------------
	// The indexes Neo4j-OGM cannot declare, as @FulltextIndex, @VectorIndex, @TextIndex
	// and
	// @PointIndex declare them. A drop takes the whole definition, so that a generated
	// downgrade
	// (or a round trip) can create the index again exactly.

	/**
	 * A full-text index named {@code name} on {@code label} nodes over the properties,
	 * with Neo4j's default analyzer.
	 */
	default void addFulltextIndex(String name, String label, List<String> properties) {
		addFulltextIndex(name, label, properties, null);
	}

	/**
	 * A full-text index with the given analyzer ({@code english}, ...; null: Neo4j's
	 * default).
	 */
	void addFulltextIndex(String name, String label, List<String> properties, String analyzer);

	default void dropFulltextIndex(String name, String label, List<String> properties) {
		dropFulltextIndex(name, label, properties, null);
	}

	void dropFulltextIndex(String name, String label, List<String> properties, String analyzer);

	/**
	 * A full-text index named {@code name} on {@code type} relationships, with Neo4j's
	 * default analyzer.
	 */
	default void addRelationshipFulltextIndex(String name, String type, List<String> properties) {
		addRelationshipFulltextIndex(name, type, properties, null);
	}

	void addRelationshipFulltextIndex(String name, String type, List<String> properties, String analyzer);

	default void dropRelationshipFulltextIndex(String name, String type, List<String> properties) {
		dropRelationshipFulltextIndex(name, type, properties, null);
	}

	void dropRelationshipFulltextIndex(String name, String type, List<String> properties, String analyzer);

	/** A vector index named {@code name} on one property of {@code label} nodes. */
	void addVectorIndex(String name, String label, String property, int dimensions, VectorSimilarity similarity);

	void dropVectorIndex(String name, String label, String property, int dimensions, VectorSimilarity similarity);

	/**
	 * A vector index named {@code name} on one property of {@code type} relationships.
	 */
	void addRelationshipVectorIndex(String name, String type, String property, int dimensions,
			VectorSimilarity similarity);

	void dropRelationshipVectorIndex(String name, String type, String property, int dimensions,
			VectorSimilarity similarity);

	/**
	 * A text index on {@code label} nodes, named {@code crochet_text_...} as an unnamed
	 * {@code @TextIndex} is.
	 */
	void addTextIndex(String label, String property);

	/** A text index with the given name, as a {@code @TextIndex(name = ...)}. */
	void addTextIndex(String name, String label, String property);

	void dropTextIndex(String label, String property);

	void dropTextIndex(String name, String label, String property);

	void addRelationshipTextIndex(String type, String property);

	void addRelationshipTextIndex(String name, String type, String property);

	void dropRelationshipTextIndex(String type, String property);

	void dropRelationshipTextIndex(String name, String type, String property);

	/**
	 * A point index on {@code label} nodes, named {@code crochet_point_...} as an unnamed
	 * {@code @PointIndex} is.
	 */
	void addPointIndex(String label, String property);

	/** A point index with the given name, as a {@code @PointIndex(name = ...)}. */
	void addPointIndex(String name, String label, String property);

	void dropPointIndex(String label, String property);

	void dropPointIndex(String name, String label, String property);

	void addRelationshipPointIndex(String type, String property);

	void addRelationshipPointIndex(String name, String type, String property);

	void dropRelationshipPointIndex(String type, String property);

	void dropRelationshipPointIndex(String name, String type, String property);

	// ---- refactorings
	// ------------------------------------------------------------------------

	/**
	 * Relabels every node (in chunks) and moves Crochet's constraints and indexes along.
	 */
	void renameLabel(String from, String to);

	/**
	 * Re-creates every relationship of type {@code from} as {@code to}, properties
	 * included.
	 */
	void renameRelationshipType(String from, String to);

	/**
	 * Sets {@code property} to {@code defaultValue} on every {@code label} node that
	 * lacks it.
	 */
	void addNodeProperty(String label, String property, Object defaultValue);

	void removeNodeProperty(String label, String property);

	/**
	 * Moves the value of {@code from} to {@code to} on every {@code label} node that has
	 * it (in chunks); the inverse is the same call with the names swapped.
	 */
	void renameNodeProperty(String label, String from, String to);

	/**
	 * Moves the value of {@code from} to {@code to} on every {@code type} relationship
	 * that has it (in chunks), keeping the relationship itself; the inverse is the same
	 * call with the names swapped.
	 */
	void renameRelationshipProperty(String type, String from, String to);

	// ---- raw Cypher
	// --------------------------------------------------------------------------

	/**
	 * Runs one statement in its own auto-commit transaction ({@code IN TRANSACTIONS}
	 * allowed).
	 */
	void runCypher(String cypher);

	void runCypher(String cypher, Map<String, Object> parameters);

	// ---- batches
	// -----------------------------------------------------------------------------

	/**
	 * Opens a tracked batch with a generated id and returns the id: {@code <revision>#1},
	 * {@code #2}, ... in the order the revision begins them, the same on every run.
	 */
	String beginBatch();

	/** Opens a tracked batch with the given id and returns it. */
	String beginBatch(String batchId);

	/**
	 * Opens a tracked batch whose data comes from {@code sourceFile}; its checksum, and
	 * later the row count and loader version, are recorded so that {@code verify} notices
	 * a changed file.
	 */
	String beginBatch(String batchId, Path sourceFile);

	/** Creates one {@code label} node per row, tagged with the current batch. */
	void createNodes(String label, Iterable<? extends Map<String, ?>> rows);

	/**
	 * MERGEs one {@code label} node per row on the {@code keys} properties and sets the
	 * others; nodes created are tagged with the current batch.
	 */
	void upsertNodes(String label, List<String> keys, Iterable<? extends Map<String, ?>> rows);

	/**
	 * Creates one {@code type} relationship per row between the node matched by
	 * {@code from} on the row's {@code "from"} value and the node matched by {@code to}
	 * on the row's {@code "to"} value; the row's other entries become relationship
	 * properties. Tagged with the current batch. A row that matches no node, or several,
	 * at either end fails the revision, naming the row.
	 */
	void createRelationships(String type, NodeMatch from, NodeMatch to, Iterable<? extends Map<String, ?>> rows);

	/**
	 * Deletes (in chunks) every {@code label} node of the batch, with its relationships.
	 */
	void deleteNodesByBatch(String label, String batchId);

	/** Deletes (in chunks) every {@code type} relationship of the batch. */
	void deleteRelationshipsByBatch(String type, String batchId);

}
