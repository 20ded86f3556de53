package dev.crochet.ledger;

/** Another run holds the ledger's lock; the message names the holder and since when. */
public class LedgerLockedException extends LedgerException {

	private static final long serialVersionUID = 1L;

	public LedgerLockedException(String message) {
		super(message);
	}
}
