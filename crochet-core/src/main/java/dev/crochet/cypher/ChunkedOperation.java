package dev.crochet.cypher;

/**
 * An operation that touches many entities and so runs in bounded chunks: {@code IN TRANSACTIONS OF
 * n ROWS} inside its statement, or, for {@link StatementKind#ROWS} statements, one write
 * transaction per {@code chunkSize()} rows.
 */
public sealed interface ChunkedOperation extends Operation permits
		AddNodeProperty, CreateNodes, CreateRelationships, DeleteNodesByBatch, DeleteRelationshipsByBatch,
		RemoveNodeProperty, RenameLabel, RenameNodeProperty, RenameRelationshipType, UpsertNodes {

	/** Rows per transaction when nothing else is configured. */
	int DEFAULT_CHUNK_SIZE = 10_000;

	/** Rows (or entities) per transaction. */
	int chunkSize();

	/** Checks a chunk size given to an operation. */
	static int requirePositive(int chunkSize) {
		if (chunkSize <= 0) {
			throw new InvalidOperationException("Invalid chunk size " + chunkSize + ": must be positive");
		}
		return chunkSize;
	}
}
