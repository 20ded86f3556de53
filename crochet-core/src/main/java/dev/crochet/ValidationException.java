package dev.crochet;

/**
 * Applied migrations no longer match the code (edited, missing or reordered); nothing
 * ran.
 */
public class ValidationException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public ValidationException(String message) {
		super(message);
	}

	public ValidationException(String message, Throwable cause) {
		super(message, cause);
	}

}
