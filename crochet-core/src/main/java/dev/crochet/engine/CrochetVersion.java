package dev.crochet.engine;

/**
 * The version of Crochet itself, recorded with batches and in the CLI's
 * {@code --version}.
 */
public final class CrochetVersion {

	public static final String VERSION = "0.1.0-SNAPSHOT";

	private CrochetVersion() {
	}

}
