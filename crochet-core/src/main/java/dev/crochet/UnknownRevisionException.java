package dev.crochet;

/** A target revision that is not in the chain (or not applied, for a downgrade). */
public class UnknownRevisionException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public UnknownRevisionException(String message) {
		super(message);
	}

	public UnknownRevisionException(String message, Throwable cause) {
		super(message, cause);
	}

}
