package dev.crochet.cypher;

import dev.crochet.CrochetException;

/**
 * A migration operation declared with an argument that is not a name but still cannot
 * work: a missing default value, an empty key list, a rename onto itself, a missing batch
 * source file, a relationship row without its {@code "from"} value. The message names the
 * offending thing.
 */
public class InvalidOperationException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public InvalidOperationException(String message) {
		super(message);
	}

}
