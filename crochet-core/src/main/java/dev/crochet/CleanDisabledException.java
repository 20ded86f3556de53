package dev.crochet;

/**
 * {@link Crochet#cleanDatabase()} or {@link Crochet#cleanData()} was called on a Crochet
 * that was not configured with {@code cleanEnabled(true)}; the message names the setting.
 */
public class CleanDisabledException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public CleanDisabledException(String message) {
		super(message);
	}

}
