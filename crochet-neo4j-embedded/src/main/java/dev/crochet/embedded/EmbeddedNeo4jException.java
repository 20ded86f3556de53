package dev.crochet.embedded;

/**
 * The embedded Neo4j could not start or stop; the message names the store directory and
 * the cause (for example a store locked by another process).
 */
public final class EmbeddedNeo4jException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EmbeddedNeo4jException(String message, Throwable cause) {
		super(message, cause);
	}

}
