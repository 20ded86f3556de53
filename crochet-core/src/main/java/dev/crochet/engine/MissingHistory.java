package dev.crochet.engine;

import dev.crochet.ValidationException;
import dev.crochet.ledger.Ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A graph Crochet migrated, whose ledger is gone: the ledger file is missing or empty,
 * but the graph's head mirror records a head. Opened, the ledger would be created new and
 * empty, and the graph would read as one where nothing was ever applied: {@code status}
 * said so with exit 0 and {@code verify} checked an empty history, both writing the new
 * file as a side effect of only reading, and the next upgrade refused with "different
 * histories" as if the ledger belonged to another graph. So the verbs that use the graph
 * and the ledger together ask the graph first, and refuse naming the file and the head.
 */
public final class MissingHistory {

	private MissingHistory() {
	}

	/**
	 * {@code ledger}, which opens (and creates) {@code file}, refused while the file
	 * holds no ledger and the graph was migrated. The graph is asked only then: a ledger
	 * that exists costs a file check.
	 */
	public static Supplier<Ledger> refusing(Path file, Supplier<Ledger> ledger, Supplier<Graph> graph) {
		return () -> {
			if (!Ledger.holdsLedger(file)) {
				refuseIfMigrated(file, graph.get());
			}
			return ledger.get();
		};
	}

	private static void refuseIfMigrated(Path file, Graph graph) {
		Optional<String> head = new HeadMirror(graph).head();
		if (head.isEmpty()) {
			return;
		}
		Path ledgerFile = file.toAbsolutePath().normalize();
		throw new ValidationException("The ledger " + ledgerFile
				+ (Files.exists(ledgerFile) ? " is empty (0 bytes)" : " is missing") + ", but the graph at "
				+ graph.uri() + " was migrated to " + head.get()
				+ ": its history is not here. Restore the ledger file from where it was kept (or set the ledger path"
				+ " to it); nothing was changed.");
	}

}
