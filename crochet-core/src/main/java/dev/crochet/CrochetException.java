package dev.crochet;

/**
 * Root of every exception Crochet throws. Unchecked: callers that can act on a particular
 * failure catch one of its subtypes; predictable states (pending, drift, checksum
 * mismatch) are values on results, not exceptions. Not sealed: its subclasses live in
 * several packages (and the CLI's in another module), which a sealed class allows only
 * inside a named module, and Crochet runs on the class path.
 */
public class CrochetException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CrochetException(String message) {
		super(message);
	}

	public CrochetException(String message, Throwable cause) {
		super(message, cause);
	}

}
