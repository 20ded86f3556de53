package dev.crochet;

import java.nio.file.Path;

/**
 * A ledger file's history moved into the graph by {@link Crochet#importLedger(Path)}:
 * what was copied, counted. The file itself is left as it was, as a backup; the graph no
 * longer takes it as its history.
 *
 * <pre>{@code
 * LedgerTransfer moved = crochet.importLedger(Path.of(".crochet/ledger.db"));
 * System.out.println(moved.describe());
 * }</pre>
 *
 * @param file the ledger file read, absolute
 * @param location where the history is kept now ({@code the graph ledger of ...})
 * @param head the head revision moved, or null when none is applied
 * @param applied applied revisions copied
 * @param batches batches copied, whatever their status
 * @param batchTargets labels and types recorded for those batches
 * @param snapshots schema snapshots copied
 * @param events events copied (the IMPORT event appended after them not counted)
 * @param stepInFlight whether a journaled step of a run that died was copied, for the
 * next run to recover
 */
public record LedgerTransfer(Path file, String location, String head, int applied, int batches, int batchTargets,
		int snapshots, int events, boolean stepInFlight) {

	/** A few lines for a person: what moved, and what to configure now. */
	public String describe() {
		String nl = System.lineSeparator();
		return "Imported the ledger " + file + " into " + location + ":" + nl + "  "
				+ plural(applied, "applied revision") + " (head " + (head == null ? "none" : head) + "), "
				+ plural(batches, "batch") + " (" + plural(batchTargets, "target") + "), "
				+ plural(snapshots, "schema snapshot") + ", " + plural(events, "event")
				+ (stepInFlight ? ", the step in flight of a run that died" : "") + nl
				+ "The graph keeps its history now: set [ledger] store = \"graph\" in crochet.toml"
				+ " (Crochet.configure().ledger(LedgerStore.GRAPH)) and keep the file only as a backup.";
	}

	static String plural(int count, String noun) {
		return count + " " + (count == 1 ? noun : noun.endsWith("h") ? noun + "es" : noun + "s");
	}

}
