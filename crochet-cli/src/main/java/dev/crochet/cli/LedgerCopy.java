package dev.crochet.cli;

import dev.crochet.embedded.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A copy of a ledger that cannot be written, in a temporary folder, for commands that
 * only read it. The write-ahead log goes with it: committed entries not yet checkpointed
 * live there.
 */
final class LedgerCopy {

	private LedgerCopy() {
	}

	/**
	 * Copies {@code ledger} (and its {@code -wal} file when there is one) into a new
	 * temporary folder.
	 */
	static Path of(Path ledger) {
		Path folder;
		try {
			folder = Files.createTempDirectory("crochet-ledger-");
		}
		catch (IOException ex) {
			throw new CliException(ExitCode.USAGE, "Cannot create a temporary folder for a copy of the ledger " + ledger
					+ ": " + FileErrors.describe(ex), ex);
		}
		Path copy = folder.resolve(ledger.getFileName());
		try {
			Files.copy(ledger, copy, StandardCopyOption.COPY_ATTRIBUTES);
			Path wal = ledger.resolveSibling(ledger.getFileName() + "-wal");
			if (Files.isRegularFile(wal)) {
				Files.copy(wal, copy.resolveSibling(copy.getFileName() + "-wal"));
			}
			// The copy is ours to open read-write (SQLite needs that for a write-ahead
			// log).
			copy.toFile().setWritable(true, true);
			return copy;
		}
		catch (IOException ex) {
			Folders.delete(folder);
			throw new CliException(ExitCode.USAGE, "Cannot read the ledger " + ledger + ": " + FileErrors.describe(ex),
					ex);
		}
	}

}
