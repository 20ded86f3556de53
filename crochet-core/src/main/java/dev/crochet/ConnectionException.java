package dev.crochet;

/** Neo4j cannot be reached or refused the credentials; never carries the password. */
public class ConnectionException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public ConnectionException(String message) {
		super(message);
	}

	public ConnectionException(String message, Throwable cause) {
		super(message, cause);
	}

}
