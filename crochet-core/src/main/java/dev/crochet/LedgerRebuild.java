package dev.crochet;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lost ledger file written again from the graph by {@link Crochet#rebuildLedger()}: the
 * chain up to the graph's head recorded as applied, their snapshots, and the batches the
 * graph's entities are tagged with. It says exactly what the graph could not tell: a
 * rebuilt ledger is a true history of what is applied, not a copy of the lost one.
 *
 * <pre>{@code
 * LedgerRebuild rebuilt = crochet.rebuildLedger();
 * rebuilt.lost().forEach(System.out::println);
 * }</pre>
 *
 * @param file the ledger file written, absolute
 * @param head the graph's head, now the ledger's
 * @param applied the revisions recorded as applied, in chain order
 * @param snapshots schema snapshots saved
 * @param batches the batches recovered, id to the entities counted in the graph now
 * @param schema whether and how the live schema was checked against the head's snapshot
 * @param unrecorded batch ids the graph's entities carry that no applied revision begins:
 * left out of the ledger
 * @param lost what the graph does not keep, so the rebuilt ledger could not recover
 */
public record LedgerRebuild(Path file, String head, List<String> applied, int snapshots, Map<String, Long> batches,
		String schema, List<String> unrecorded, List<String> lost) {

	public LedgerRebuild {
		applied = List.copyOf(applied);
		batches = Collections.unmodifiableMap(new LinkedHashMap<>(batches));
		unrecorded = List.copyOf(unrecorded);
		lost = List.copyOf(lost);
	}

	/** What was written, then what could not be recovered, one item a line. */
	public String describe() {
		String nl = System.lineSeparator();
		StringBuilder text = new StringBuilder("Rebuilt the ledger " + file + " from the graph at head " + head + ":")
			.append(nl)
			.append("  ")
			.append(LedgerTransfer.plural(applied.size(), "applied revision"))
			.append(", ")
			.append(LedgerTransfer.plural(snapshots, "schema snapshot"))
			.append(", ")
			.append(LedgerTransfer.plural(batches.size(), "batch"))
			.append(batches.isEmpty() ? ""
					: " (" + String.join(", ",
							batches.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()) + ")")
			.append("; ")
			.append(schema)
			.append(nl)
			.append("Not recovered:");
		lost.forEach(item -> text.append(nl).append("  - ").append(item));
		return text.toString();
	}

}
