package dev.crochet.cli;

import dev.crochet.LedgerStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chooses where a test project keeps its history: {@code [ledger] store = "file"} or
 * {@code "graph"} in its crochet.toml, in place of the commented-out
 * {@code # store = "file"} that {@code crochet new-project} writes. Written explicitly
 * for either store, since the default depends on whether a URI is set. The empty ledger
 * file {@code new-project} created stays, as in a project switched by hand.
 */
public final class HistoryKeptIn {

	private static final String COMMENTED_OUT = "# store = \"file\"";

	private HistoryKeptIn() {
	}

	/**
	 * Sets {@code project}'s {@code [ledger] store} to {@code store}; returns the
	 * project.
	 */
	public static Path set(Path project, LedgerStore store) {
		Path config = project.resolve("crochet.toml");
		try {
			String toml = Files.readString(config);
			if (!toml.contains(COMMENTED_OUT)) {
				throw new IllegalStateException("crochet new-project wrote no '" + COMMENTED_OUT + "' to "
						+ config.getFileName() + ": " + toml);
			}
			Files.writeString(config,
					toml.replace(COMMENTED_OUT, "store = \"" + store.name().toLowerCase(Locale.ROOT) + "\""));
			return project;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
