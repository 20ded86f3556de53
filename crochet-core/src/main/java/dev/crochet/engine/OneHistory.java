package dev.crochet.engine;

import dev.crochet.LedgerStore;
import dev.crochet.ValidationException;
import dev.crochet.ledger.Ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One database, one history. The verbs that use the graph and the ledger together ask the
 * graph where its history is before they open the configured store, and refuse (naming
 * the store, the graph and what to run) when the answer is elsewhere:
 * <ul>
 * <li>the file ledger is chosen, but the graph keeps its history itself (a second machine
 * set to its own file would start a second history);</li>
 * <li>the graph ledger is chosen, but the graph was migrated with a ledger file (its
 * history is in that file until imported);</li>
 * <li>the ledger file is missing or empty, but the graph was migrated: opened, a new
 * empty ledger would read the graph as one where nothing was ever applied.</li>
 * </ul>
 * The graph is asked once per instance; a ledger file that exists costs a file check each
 * time.
 */
public final class OneHistory {

	private OneHistory() {
	}

	/**
	 * {@code ledger}, which opens {@code store} (and {@code file} for the file ledger),
	 * refused while the graph's history is elsewhere.
	 */
	public static Supplier<Ledger> refusing(LedgerStore store, Path file, Supplier<Ledger> ledger,
			Supplier<Graph> graph) {
		boolean[] asked = { false };
		return () -> {
			if (store == LedgerStore.GRAPH) {
				if (!asked[0]) {
					refuseFileHistory(file, graph.get());
					asked[0] = true;
				}
				return ledger.get();
			}
			if (!Ledger.holdsLedger(file)) {
				refuseIfMigrated(file, graph.get());
			}
			if (!asked[0]) {
				refuseGraphHistory(file, graph.get());
				asked[0] = true;
			}
			return ledger.get();
		};
	}

	/** The graph ledger chosen on a graph migrated with a ledger file. */
	private static void refuseFileHistory(Path file, Graph graph) {
		if (GraphLedger.present(graph)) {
			return;
		}
		Optional<String> head = new HeadMirror(graph).head();
		if (head.isEmpty()) {
			return;
		}
		throw new ValidationException("The graph at " + graph.uri() + " was migrated to " + head.get()
				+ " with a ledger file and keeps no history of its own, but this project keeps its history in the"
				+ " graph. Run 'crochet ledger import' (Crochet.importLedger) to move the file's history ("
				+ file.toAbsolutePath().normalize()
				+ " by default) into the graph once, or keep it in the file ([ledger] store = \"file\"); nothing was"
				+ " changed.");
	}

	/** The file ledger chosen on a graph that keeps its history itself. */
	private static void refuseGraphHistory(Path file, Graph graph) {
		if (!GraphLedger.present(graph)) {
			return;
		}
		String head = new HeadMirror(graph).head().orElse("none");
		throw new ValidationException("The graph at " + graph.uri() + " keeps its history itself (head " + head
				+ "), but this project keeps it in the ledger file " + file.toAbsolutePath().normalize()
				+ ": one database, one history. Set [ledger] store = \"graph\" in crochet.toml"
				+ " (Crochet.configure().ledger(LedgerStore.GRAPH)); nothing was changed.");
	}

	private static void refuseIfMigrated(Path file, Graph graph) {
		Optional<String> head = new HeadMirror(graph).head();
		if (head.isEmpty() || GraphLedger.present(graph)) {
			return;
		}
		Path ledgerFile = file.toAbsolutePath().normalize();
		throw new ValidationException("The ledger " + ledgerFile
				+ (Files.exists(ledgerFile) ? " is empty (0 bytes)" : " is missing") + ", but the graph at "
				+ graph.uri() + " was migrated to " + head.get()
				+ ": its history is not here. Restore the ledger file from where it was kept (or set the ledger path"
				+ " to it), or rebuild it from the graph with 'crochet ledger rebuild'; nothing was changed.");
	}

}
