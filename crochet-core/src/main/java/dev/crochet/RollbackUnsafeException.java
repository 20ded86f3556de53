package dev.crochet;

/**
 * A downgrade would cross a migration declared not rollback-safe; nothing was reverted.
 */
public class RollbackUnsafeException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public RollbackUnsafeException(String message) {
		super(message);
	}

	public RollbackUnsafeException(String message, Throwable cause) {
		super(message, cause);
	}

}
