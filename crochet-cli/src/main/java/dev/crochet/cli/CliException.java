package dev.crochet.cli;

import dev.crochet.CrochetException;

/**
 * A user error the CLI reports as one message (no stack trace unless {@code --verbose})
 * with an {@link ExitCode}.
 */
public final class CliException extends CrochetException {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CliException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public CliException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return exitCode;
	}

}
