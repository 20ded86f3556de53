package dev.crochet;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The operations a {@link Migration} declares. Every label, relationship type and property name is
 * escaped as a Cypher identifier (or rejected with a message naming it); every value is a parameter.
 * Constraint and index names are deterministic ({@code crochet_...}). Operations touching many
 * entities run in bounded chunks, and schema and data changes never share a transaction.
 */
public interface MigrationContext {

	/** The revision being applied or reverted. */
	String revision();

	// ---- constraints and indexes -------------------------------------------------------------

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

	// ---- refactorings ------------------------------------------------------------------------

	/** Relabels every node (in chunks) and moves Crochet's constraints and indexes along. */
	void renameLabel(String from, String to);

	/** Re-creates every relationship of type {@code from} as {@code to}, properties included. */
	void renameRelationshipType(String from, String to);

	/** Sets {@code property} to {@code defaultValue} on every {@code label} node that lacks it. */
	void addNodeProperty(String label, String property, Object defaultValue);

	void removeNodeProperty(String label, String property);

	void renameNodeProperty(String label, String from, String to);

	// ---- raw Cypher --------------------------------------------------------------------------

	/** Runs one statement in its own auto-commit transaction ({@code IN TRANSACTIONS} allowed). */
	void runCypher(String cypher);

	void runCypher(String cypher, Map<String, Object> parameters);

	// ---- batches -----------------------------------------------------------------------------

	/**
	 * Opens a tracked batch with a generated id and returns the id: {@code <revision>#1}, {@code #2}, ... in
	 * the order the revision begins them, the same on every run.
	 */
	String beginBatch();

	/** Opens a tracked batch with the given id and returns it. */
	String beginBatch(String batchId);

	/**
	 * Opens a tracked batch whose data comes from {@code sourceFile}; its checksum, and later the
	 * row count and loader version, are recorded so that {@code verify} notices a changed file.
	 */
	String beginBatch(String batchId, Path sourceFile);

	/** Creates one {@code label} node per row, tagged with the current batch. */
	void createNodes(String label, Iterable<? extends Map<String, ?>> rows);

	/**
	 * MERGEs one {@code label} node per row on the {@code keys} properties and sets the others;
	 * nodes created are tagged with the current batch.
	 */
	void upsertNodes(String label, List<String> keys, Iterable<? extends Map<String, ?>> rows);

	/**
	 * Creates one {@code type} relationship per row between the node matched by {@code from} on the
	 * row's {@code "from"} value and the node matched by {@code to} on the row's {@code "to"} value;
	 * the row's other entries become relationship properties. Tagged with the current batch. A row
	 * that matches no node, or several, at either end fails the revision, naming the row.
	 */
	void createRelationships(String type, NodeMatch from, NodeMatch to, Iterable<? extends Map<String, ?>> rows);

	/** Deletes (in chunks) every {@code label} node of the batch, with its relationships. */
	void deleteNodesByBatch(String label, String batchId);

	/** Deletes (in chunks) every {@code type} relationship of the batch. */
	void deleteRelationshipsByBatch(String type, String batchId);
}
