package dev.crochet.migration;

import dev.crochet.CrochetException;

/** A migration cannot be loaded or parsed; the message names the class or file. */
public class MigrationException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public MigrationException(String message) {
		super(message);
	}

	public MigrationException(String message, Throwable cause) {
		super(message, cause);
	}

}
