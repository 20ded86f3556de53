package dev.crochet;

/**
 * A run was asked to stop ({@link Crochet#interrupt}, for example on SIGTERM) and did:
 * the revision in progress was rolled back as a failure would be, a FAILURE event names
 * the reason, and the locks were released.
 */
public class MigrationInterruptedException extends MigrationFailedException {

	private static final long serialVersionUID = 1L;

	private final String reason;

	public MigrationInterruptedException(String revision, String reason, String message, Throwable cause) {
		super(revision, null, message, cause);
		this.reason = reason;
	}

	/** Why the run was asked to stop, as given to {@link Crochet#interrupt}. */
	public String reason() {
		return reason;
	}

}
