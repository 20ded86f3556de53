package dev.crochet.engine;

import dev.crochet.BatchCount;
import dev.crochet.ledger.LedgerView;
import dev.crochet.ledger.RunLock;
import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the graph's data can be trusted, beyond heads and schema: a run that died
 * inside a revision, a migration lock still held, a batch whose entities in the graph are
 * not what the ledger records. One wording for {@code verify}, {@code status}, the JUnit
 * extension and the assertions.
 */
public final class DataCheck {

	private final Graph graph;

	private final LedgerView ledger;

	DataCheck(Graph graph, LedgerView ledger) {
		this.graph = graph;
		this.ledger = ledger;
	}

	/**
	 * Every problem of the graph behind {@code driver} ({@code database}, or the default
	 * when null) and {@code ledger}.
	 */
	public static List<String> problems(Driver driver, String database, LedgerView ledger) {
		return new DataCheck(new Graph(driver, database, "the driver's Neo4j", 1), ledger).all();
	}

	/** Every problem: the interrupted step, then the locks, then the batches. */
	List<String> all() {
		return all(counts());
	}

	/** As {@link #all()}, with the batches already counted. */
	List<String> all(List<BatchCount> counts) {
		List<String> problems = new ArrayList<>(interrupted());
		problems.addAll(locks());
		counts.forEach(c -> c.problem().ifPresent(problems::add));
		return problems;
	}

	/** The step a run died in, if the journal holds one. */
	List<String> interrupted() {
		List<String> problems = new ArrayList<>();
		ledger.intent()
			.ifPresent(i -> problems.add("A run died during the " + i.describe() + " (run " + i.owner() + ", "
					+ i.updatedAt() + "); the next upgrade or downgrade recovers it"));
		ledger.unfinishedCall()
			.ifPresent(c -> problems.add("A run died during the " + c.describe()
					+ "; the next upgrade or downgrade finishes it, as the uninterrupted run would have"));
		return problems;
	}

	/**
	 * The ledger's and the graph's locks, each with its holder, since when, and whether
	 * it still runs.
	 */
	List<String> locks() {
		List<String> problems = new ArrayList<>();
		Optional<RunLock> lock = ledger.lock();
		lock.ifPresent(l -> problems.add("The ledger is locked by " + l.describe() + advice(l.holderAlive())));
		new HeadMirror(graph).lockHolder()
			.filter(holder -> lock.isEmpty() || !holder.equals(lock.get().owner()))
			.ifPresent(holder -> problems.add("The graph is locked by " + holder + advice(RunLock.alive(holder))));
		return problems;
	}

	/**
	 * Each batch whose entities in the graph differ from the ledger's record, or that is
	 * still open.
	 */
	List<String> batches() {
		return counts().stream().map(BatchCount::problem).flatMap(Optional::stream).toList();
	}

	List<BatchCount> counts() {
		return BatchCensus.take(graph, ledger);
	}

	private static String advice(Optional<Boolean> alive) {
		return alive.map(a -> a ? ": a run is in progress, so the graph may change under this check"
				: ": that run died; the next upgrade or downgrade takes the lock over and recovers, or run 'crochet unlock'")
			.orElse(": if that run died, run 'crochet unlock'");
	}

}
