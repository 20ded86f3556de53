package dev.crochet.cypher;

import dev.crochet.MigrationContext;
import dev.crochet.NodeMatch;
import dev.crochet.VectorSimilarity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link MigrationContext} that runs nothing: each call is validated and recorded as an
 * {@link Operation}, in order. The engine runs a migration's {@code upgrade} or
 * {@code downgrade} against a recorder first, so that a bad name fails before any
 * statement reaches Neo4j and a dry run can print every statement.
 *
 * <pre>{@code
 * OperationRecorder recorder = new OperationRecorder("0001_add_person", ChunkedOperation.DEFAULT_CHUNK_SIZE, batchIds);
 * migration.upgrade(recorder);
 * recorder.operations().forEach(op -> op.statements().forEach(System.out::println));
 * }</pre>
 *
 * <p>
 * Batches: {@code beginBatch} records a {@link BeginBatch} and makes its id the current
 * batch, which later {@code createNodes}, {@code upsertNodes} and
 * {@code createRelationships} calls tag their entities with. When one of those is called
 * before any {@code beginBatch}, the recorder begins a batch itself with an id from the
 * supplier (as the original tool did) and records that {@link BeginBatch} first. Rows are
 * kept as the caller's {@link Iterable}, never copied, so a migration may stream rows
 * from a file of any size.
 */
public final class OperationRecorder implements MigrationContext {

	private final String revision;

	private final int chunkSize;

	private final Supplier<String> batchIds;

	private final List<Operation> operations = new ArrayList<>();

	private String currentBatch;

	/**
	 * @param revision the revision whose migration is being recorded
	 * @param chunkSize rows per transaction for the data operations it records
	 * @param batchIds gives the id of each batch begun without one
	 */
	public OperationRecorder(String revision, int chunkSize, Supplier<String> batchIds) {
		this.revision = Objects.requireNonNull(revision, "revision");
		this.chunkSize = ChunkedOperation.requirePositive(chunkSize);
		this.batchIds = Objects.requireNonNull(batchIds, "batchIds");
	}

	/** The operations recorded so far, in call order. */
	public List<Operation> operations() {
		return Collections.unmodifiableList(operations);
	}

	/**
	 * The batch that data operations are tagged with now, or null before any was begun.
	 */
	public String currentBatch() {
		return currentBatch;
	}

	@Override
	public String revision() {
		return revision;
	}

	@Override
	public void addUniqueConstraint(String label, String property) {
		operations.add(new AddUniqueConstraint(label, property));
	}

	@Override
	public void dropUniqueConstraint(String label, String property) {
		operations.add(new DropUniqueConstraint(label, property));
	}

	@Override
	public void addNodePropertyExistenceConstraint(String label, String property) {
		operations.add(new AddExistenceConstraint(label, property));
	}

	@Override
	public void dropNodePropertyExistenceConstraint(String label, String property) {
		operations.add(new DropExistenceConstraint(label, property));
	}

	@Override
	public void addIndex(String label, String property) {
		operations.add(new AddIndex(label, property));
	}

	@Override
	public void dropIndex(String label, String property) {
		operations.add(new DropIndex(label, property));
	}

	@Override
	public void addCompositeUniqueConstraint(String label, List<String> properties) {
		operations.add(new AddCompositeUniqueConstraint(label, properties));
	}

	@Override
	public void dropCompositeUniqueConstraint(String label, List<String> properties) {
		operations.add(new DropCompositeUniqueConstraint(label, properties));
	}

	@Override
	public void addRelationshipUniqueConstraint(String type, String property) {
		operations.add(new AddRelationshipUniqueConstraint(type, property));
	}

	@Override
	public void dropRelationshipUniqueConstraint(String type, String property) {
		operations.add(new DropRelationshipUniqueConstraint(type, property));
	}

	@Override
	public void addCompositeIndex(String label, List<String> properties) {
		operations.add(new AddCompositeIndex(label, properties));
	}

	@Override
	public void dropCompositeIndex(String label, List<String> properties) {
		operations.add(new DropCompositeIndex(label, properties));
	}

	@Override
	public void addRelationshipIndex(String type, String property) {
		operations.add(new AddRelationshipIndex(type, property));
	}

	@Override
	public void dropRelationshipIndex(String type, String property) {
		operations.add(new DropRelationshipIndex(type, property));
	}

	@Override
	public void addFulltextIndex(String name, String label, List<String> properties, String analyzer) {
		operations.add(new AddFulltextIndex(name, false, label, properties, analyzer));
	}

	@Override
	public void dropFulltextIndex(String name, String label, List<String> properties, String analyzer) {
		operations.add(new DropFulltextIndex(name, false, label, properties, analyzer));
	}

	@Override
	public void addRelationshipFulltextIndex(String name, String type, List<String> properties, String analyzer) {
		operations.add(new AddFulltextIndex(name, true, type, properties, analyzer));
	}

	@Override
	public void dropRelationshipFulltextIndex(String name, String type, List<String> properties, String analyzer) {
		operations.add(new DropFulltextIndex(name, true, type, properties, analyzer));
	}

	@Override
	public void addVectorIndex(String name, String label, String property, int dimensions,
			VectorSimilarity similarity) {
		operations.add(new AddVectorIndex(name, false, label, property, dimensions, similarity));
	}

	@Override
	public void dropVectorIndex(String name, String label, String property, int dimensions,
			VectorSimilarity similarity) {
		operations.add(new DropVectorIndex(name, false, label, property, dimensions, similarity));
	}

	@Override
	public void addRelationshipVectorIndex(String name, String type, String property, int dimensions,
			VectorSimilarity similarity) {
		operations.add(new AddVectorIndex(name, true, type, property, dimensions, similarity));
	}

	@Override
	public void dropRelationshipVectorIndex(String name, String type, String property, int dimensions,
			VectorSimilarity similarity) {
		operations.add(new DropVectorIndex(name, true, type, property, dimensions, similarity));
	}

	@Override
	public void addTextIndex(String label, String property) {
		addTextIndex(generatedTextName(false, label, property), label, property);
	}

	@Override
	public void addTextIndex(String name, String label, String property) {
		operations.add(new AddTextIndex(name, false, label, property));
	}

	@Override
	public void dropTextIndex(String label, String property) {
		dropTextIndex(generatedTextName(false, label, property), label, property);
	}

	@Override
	public void dropTextIndex(String name, String label, String property) {
		operations.add(new DropTextIndex(name, false, label, property));
	}

	@Override
	public void addRelationshipTextIndex(String type, String property) {
		addRelationshipTextIndex(generatedTextName(true, type, property), type, property);
	}

	@Override
	public void addRelationshipTextIndex(String name, String type, String property) {
		operations.add(new AddTextIndex(name, true, type, property));
	}

	@Override
	public void dropRelationshipTextIndex(String type, String property) {
		dropRelationshipTextIndex(generatedTextName(true, type, property), type, property);
	}

	@Override
	public void dropRelationshipTextIndex(String name, String type, String property) {
		operations.add(new DropTextIndex(name, true, type, property));
	}

	@Override
	public void addPointIndex(String label, String property) {
		addPointIndex(generatedPointName(false, label, property), label, property);
	}

	@Override
	public void addPointIndex(String name, String label, String property) {
		operations.add(new AddPointIndex(name, false, label, property));
	}

	@Override
	public void dropPointIndex(String label, String property) {
		dropPointIndex(generatedPointName(false, label, property), label, property);
	}

	@Override
	public void dropPointIndex(String name, String label, String property) {
		operations.add(new DropPointIndex(name, false, label, property));
	}

	@Override
	public void addRelationshipPointIndex(String type, String property) {
		addRelationshipPointIndex(generatedPointName(true, type, property), type, property);
	}

	@Override
	public void addRelationshipPointIndex(String name, String type, String property) {
		operations.add(new AddPointIndex(name, true, type, property));
	}

	@Override
	public void dropRelationshipPointIndex(String type, String property) {
		dropRelationshipPointIndex(generatedPointName(true, type, property), type, property);
	}

	@Override
	public void dropRelationshipPointIndex(String name, String type, String property) {
		operations.add(new DropPointIndex(name, true, type, property));
	}

	/**
	 * Validated first, so a bad name is reported as such rather than as a failure to name
	 * the index.
	 */
	private static String generatedTextName(boolean relationship, String labelOrType, String property) {
		SearchIndexes.requireOwner(relationship, labelOrType);
		CypherNames.requireValid(property, Fragments.PROPERTY);
		return AddTextIndex.generatedName(relationship, labelOrType, property);
	}

	private static String generatedPointName(boolean relationship, String labelOrType, String property) {
		SearchIndexes.requireOwner(relationship, labelOrType);
		CypherNames.requireValid(property, Fragments.PROPERTY);
		return AddPointIndex.generatedName(relationship, labelOrType, property);
	}

	@Override
	public void renameLabel(String from, String to) {
		operations.add(new RenameLabel(from, to, chunkSize));
	}

	@Override
	public void renameRelationshipType(String from, String to) {
		operations.add(new RenameRelationshipType(from, to, chunkSize));
	}

	@Override
	public void addNodeProperty(String label, String property, Object defaultValue) {
		operations.add(new AddNodeProperty(label, property, defaultValue, chunkSize));
	}

	@Override
	public void removeNodeProperty(String label, String property) {
		operations.add(new RemoveNodeProperty(label, property, chunkSize));
	}

	@Override
	public void renameNodeProperty(String label, String from, String to) {
		operations.add(new RenameNodeProperty(label, from, to, chunkSize));
	}

	@Override
	public void renameRelationshipProperty(String type, String from, String to) {
		operations.add(new RenameRelationshipProperty(type, from, to, chunkSize));
	}

	@Override
	public void runCypher(String cypher) {
		operations.add(new RunCypher(cypher));
	}

	@Override
	public void runCypher(String cypher, Map<String, Object> parameters) {
		operations.add(new RunCypher(cypher, parameters));
	}

	@Override
	public String beginBatch() {
		return begin(new BeginBatch(batchIds.get()));
	}

	@Override
	public String beginBatch(String batchId) {
		return begin(new BeginBatch(batchId));
	}

	@Override
	public String beginBatch(String batchId, Path sourceFile) {
		if (sourceFile == null) {
			throw new InvalidOperationException("Invalid source file for batch "
					+ CypherNames.display(String.valueOf(batchId)) + ": must not be null");
		}
		if (!Files.isRegularFile(sourceFile)) {
			throw new InvalidOperationException("Batch source file not found: " + sourceFile.toAbsolutePath()
					+ (Files.isDirectory(sourceFile) ? " is a directory" : " does not exist"));
		}
		return begin(new BeginBatch(batchId, sourceFile));
	}

	private String begin(BeginBatch begin) {
		operations.add(begin);
		currentBatch = begin.batchId();
		return currentBatch;
	}

	private String batchForData() {
		return currentBatch != null ? currentBatch : beginBatch();
	}

	@Override
	public void createNodes(String label, Iterable<? extends Map<String, ?>> rows) {
		// Validate before an implicit batch is begun, so a bad call records nothing at
		// all.
		new CreateNodes(label, rows, "validation", chunkSize);
		operations.add(new CreateNodes(label, rows, batchForData(), chunkSize));
	}

	@Override
	public void upsertNodes(String label, List<String> keys, Iterable<? extends Map<String, ?>> rows) {
		new UpsertNodes(label, keys, rows, "validation", chunkSize);
		operations.add(new UpsertNodes(label, keys, rows, batchForData(), chunkSize));
	}

	@Override
	public void createRelationships(String type, NodeMatch from, NodeMatch to,
			Iterable<? extends Map<String, ?>> rows) {
		new CreateRelationships(type, from, to, rows, "validation", chunkSize);
		operations.add(new CreateRelationships(type, from, to, rows, batchForData(), chunkSize));
	}

	@Override
	public void deleteNodesByBatch(String label, String batchId) {
		operations.add(new DeleteNodesByBatch(label, batchId, chunkSize));
	}

	@Override
	public void deleteRelationshipsByBatch(String type, String batchId) {
		operations.add(new DeleteRelationshipsByBatch(type, batchId, chunkSize));
	}

}
