package dev.crochet.ledger;

import dev.crochet.CrochetException;

/** The ledger cannot be opened, read or written; the message names the file. */
public class LedgerException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public LedgerException(String message) {
		super(message);
	}

	public LedgerException(String message, Throwable cause) {
		super(message, cause);
	}

}
