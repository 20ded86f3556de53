package dev.crochet.cli.fault;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerView;
import org.neo4j.driver.Driver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a project's ledger says once the CLI processes have ended: the revisions applied,
 * each batch's record count and status, and whether a step or a lock is left over. Read
 * in this JVM from the SQLite file, or from the graph ledger's {@code _Crochet*} nodes
 * through a driver on the project's database ({@code [ledger] store = "graph"}): the
 * history {@code crochet status} prints.
 *
 * @param applied applied revisions, oldest first
 * @param batches per batch id: {@code <records> <status>}
 * @param intent the journaled step in flight, or null
 * @param lockHolder the run lock's holder, or null
 */
record LedgerSnapshot(List<String> applied, Map<String, String> batches, String intent, String lockHolder) {

	/**
	 * The history of {@code project}, kept in {@code store}: read from its ledger file,
	 * or for the graph ledger through Crochet's own graph ledger on {@code graph} (a
	 * driver on the project's database), as the CLI reads it; nothing is written.
	 */
	static LedgerSnapshot read(Path project, LedgerStore store, Driver graph) {
		return reading(project, store, graph, LedgerSnapshot::of);
	}

	private static <T> T reading(Path project, LedgerStore store, Driver graph, Function<LedgerView, T> read) {
		if (store == LedgerStore.FILE) {
			try (Ledger ledger = Ledger.open(project.resolve(".crochet/ledger.db"))) {
				return read.apply(ledger);
			}
		}
		try (Crochet crochet = Crochet.configure().driver(graph).ledger(LedgerStore.GRAPH).load()) {
			return read.apply(crochet.ledger());
		}
	}

	private static LedgerSnapshot of(LedgerView ledger) {
		Map<String, String> batches = new TreeMap<>();
		ledger.batches().forEach(b -> batches.put(b.batchId(), b.recordCount() + " " + b.status()));
		return new LedgerSnapshot(ledger.applied().stream().map(AppliedMigration::revision).toList(), batches,
				ledger.intent().map(Object::toString).orElse(null), ledger.lockHolder().orElse(null));
	}

	/**
	 * The {@code RECOVERY} events in the ledger's log, as {@code <revision>: <detail>}.
	 * Apart from the snapshot: an uninterrupted run logs none, and a recovered one must
	 * log one.
	 */
	static List<String> recoveryEvents(Path project, LedgerStore store, Driver graph) {
		return reading(project, store, graph,
				ledger -> ledger.events()
					.stream()
					.filter(e -> e.kind().equals("RECOVERY"))
					.map(e -> e.revision() + ": " + e.detail())
					.toList());
	}

	/** The last applied revision, or null. */
	String head() {
		return applied.isEmpty() ? null : applied.get(applied.size() - 1);
	}
}
