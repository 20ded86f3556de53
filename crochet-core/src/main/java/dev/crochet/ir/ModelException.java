package dev.crochet.ir;

import dev.crochet.CrochetException;

/** The model classes cannot be turned into a schema IR; the message names the classes. */
public class ModelException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public ModelException(String message) {
		super(message);
	}

	public ModelException(String message, Throwable cause) {
		super(message, cause);
	}

}
