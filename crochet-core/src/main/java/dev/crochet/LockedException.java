package dev.crochet;

/**
 * Another run holds the migration lock, the graph's or the ledger's; the message says
 * which, names the holder and since when.
 */
public class LockedException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public LockedException(String message) {
		super(message);
	}

	public LockedException(String message, Throwable cause) {
		super(message, cause);
	}

}
