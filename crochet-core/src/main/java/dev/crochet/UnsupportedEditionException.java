package dev.crochet;

/** An operation needs Neo4j Enterprise edition; refused before anything ran. */
public class UnsupportedEditionException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public UnsupportedEditionException(String message) {
		super(message);
	}

	public UnsupportedEditionException(String message, Throwable cause) {
		super(message, cause);
	}

}
