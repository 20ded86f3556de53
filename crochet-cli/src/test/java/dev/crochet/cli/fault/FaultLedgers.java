package dev.crochet.cli.fault;

import dev.crochet.LedgerStore;

import java.util.List;
import java.util.Locale;

/**
 * Which ledger stores the fault suites run on: {@code -Dfault.ledger=file|graph} for one
 * store only, both without it. Shared by {@link OperationKillsITCase},
 * {@link CrashRecoveryITCase}, {@link ServerKilledITCase} and {@link FaultSoak}.
 */
final class FaultLedgers {

	private FaultLedgers() {
	}

	/** {@code -Dfault.ledger=file|graph}: that store only; both without it. */
	static List<LedgerStore> chosen() {
		String chosen = System.getProperty("fault.ledger", "");
		if (chosen.isBlank()) {
			return List.of(LedgerStore.FILE, LedgerStore.GRAPH);
		}
		for (LedgerStore store : LedgerStore.values()) {
			if (name(store).equals(chosen.strip().toLowerCase(Locale.ROOT))) {
				return List.of(store);
			}
		}
		throw new IllegalArgumentException("-Dfault.ledger=" + chosen + " names no ledger store: use file or graph");
	}

	/** {@code file} or {@code graph}, as {@code [ledger] store} spells it. */
	static String name(LedgerStore store) {
		return store.name().toLowerCase(Locale.ROOT);
	}

	/** How a trial's name starts: the store its history is kept in. */
	static String tag(LedgerStore store) {
		return "[" + name(store) + "]";
	}

}
