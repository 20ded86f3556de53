package dev.crochet.cypher;

/** How the engine must run a {@link Statement}. */
public enum StatementKind {

	/** A schema change: its own auto-commit transaction, never mixed with data. */
	SCHEMA,
	/**
	 * A data change that manages its own transactions ({@code CALL ... IN TRANSACTIONS}):
	 * auto-commit.
	 */
	AUTO_COMMIT,
	/** A data change run once in one explicit write transaction. */
	WRITE,
	/**
	 * A data change run once per chunk of {@link Statement#rows()}, each chunk in its own
	 * write transaction with the chunk bound to {@code $rows}.
	 */
	ROWS

}
