package dev.crochet.cypher;

/**
 * An operation that touches many entities and so runs in bounded chunks:
 * {@code IN TRANSACTIONS OF
 * n ROWS} inside its statement, or, for {@link StatementKind#ROWS} statements, one write
 * transaction per {@code chunkSize()} rows.
 */
public sealed interface ChunkedOperation extends Operation permits AddNodeProperty, CreateNodes, CreateRelationships,
		DeleteNodesByBatch, DeleteRelationshipsByBatch, RemoveNodeProperty, RenameLabel, RenameNodeProperty,
		RenameRelationshipProperty, RenameRelationshipType, UpsertNodes {

	/**
	 * Rows per transaction when nothing else is configured: the one default, which
	 * {@code Crochet.DEFAULT_CHUNK_SIZE} names for users and every chunked statement
	 * Crochet writes itself falls back to. Measured on the embedded server
	 * (crochet-bench, relationships matched on a unique key): 10,000 rows per transaction
	 * were 15 to 20% slower than 5,000.
	 */
	int DEFAULT_CHUNK_SIZE = 5_000;

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
