package dev.crochet;

/**
 * Where a database's migration history is kept: one history per database, whatever
 * machine migrates it.
 *
 * <pre>{@code
 * Crochet.configure().uri("neo4j://db:7687").ledger(LedgerStore.GRAPH).load();      // shared by every machine
 * Crochet.configure().uri(embedded.boltUri()).ledger(Path.of(".crochet/ledger.db")).load(); // this machine's file
 * }</pre>
 */
public enum LedgerStore {

	/**
	 * Internal nodes in the migrated database itself: the default for a database that
	 * outlives the process (a server, a cluster, Aura), since every machine and every
	 * instance of an application that migrates it then reads and continues one history.
	 */
	GRAPH,

	/**
	 * A SQLite file on this machine ({@code .crochet/ledger.db} unless another is set):
	 * the embedded store's and the test kit's default, where the database lives and dies
	 * with one process or one project folder.
	 */
	FILE

}
