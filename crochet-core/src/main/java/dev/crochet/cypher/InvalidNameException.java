package dev.crochet.cypher;

import dev.crochet.CrochetException;

/**
 * A label, relationship type or property name that cannot be used; the message names it.
 */
public class InvalidNameException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public InvalidNameException(String message) {
		super(message);
	}

}
