package dev.crochet;

/**
 * A migration failed; it was not recorded as applied and the data of batches it opened
 * was removed. The message names the revision and, when one was running, the failing
 * statement.
 */
public class MigrationFailedException extends CrochetException {

	private static final long serialVersionUID = 1L;

	private final String revision;

	private final String statement;

	public MigrationFailedException(String revision, String statement, String message, Throwable cause) {
		super(message, cause);
		this.revision = revision;
		this.statement = statement;
	}

	/** The revision that failed. */
	public String revision() {
		return revision;
	}

	/**
	 * The Cypher statement that failed, or null when the migration failed before running
	 * any.
	 */
	public String statement() {
		return statement;
	}

}
