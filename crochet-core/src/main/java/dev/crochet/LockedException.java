package dev.crochet;

/** Another run holds the graph's migration lock; the message names the holder. */
public class LockedException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public LockedException(String message) {
		super(message);
	}

	public LockedException(String message, Throwable cause) {
		super(message, cause);
	}
}
