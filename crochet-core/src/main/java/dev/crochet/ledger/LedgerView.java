package dev.crochet.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the ledger records, read-only: what {@code Crochet.ledger()}, the JUnit extension
 * and the assertions hand out. Only the engine writes to the ledger, so a test or a tool
 * reading it can never record a revision, a batch or a lock behind Crochet's back. Every
 * call reads the store (the ledger file, or the graph) when it runs.
 *
 * <pre>{@code
 * LedgerView ledger = crochet.ledger();
 * ledger.head().ifPresent(head -> System.out.println(head.revision()));
 * ledger.batches().forEach(batch -> System.out.println(batch.batchId() + " " + batch.status()));
 * }</pre>
 */
public interface LedgerView {

	/**
	 * The absolute, normalised path of the ledger file, or empty when the history is kept
	 * in the graph.
	 */
	Optional<Path> file();

	/**
	 * Where the history is kept, as messages name it:
	 * {@code the ledger /app/.crochet/ledger.db} or
	 * {@code the graph ledger of database neo4j at bolt://db:7687}.
	 */
	String location();

	/** In the order they were applied. */
	List<AppliedMigration> applied();

	Optional<AppliedMigration> applied(String revision);

	/** The most recently applied revision still applied. */
	Optional<AppliedMigration> head();

	Optional<BatchRecord> batch(String batchId);

	/** In creation order. */
	List<BatchRecord> batches();

	/** The batches of one migration, in creation order. */
	List<BatchRecord> batchesOf(String migrationId);

	/** The labels and types {@code batchId} tags, in the order first recorded. */
	List<BatchTarget> batchTargets(String batchId);

	/** The canonical JSON of the schema snapshot stored under {@code schemaHash}. */
	Optional<String> snapshot(String schemaHash);

	/** In order of appending. */
	List<LedgerEvent> events();

	/** The most recent event of {@code kind}, or empty when there is none. */
	Optional<LedgerEvent> lastEvent(String kind);

	/**
	 * The step in flight: present only while a run is in a revision, or after one died
	 * there.
	 */
	Optional<StepIntent> intent();

	/**
	 * A call whose run died before it ended, on a store that writes rerunnable steps'
	 * records when the call ends (the graph ledger); always empty for the ledger file,
	 * which records every revision as it goes.
	 */
	default Optional<UnfinishedCall> unfinishedCall() {
		return Optional.empty();
	}

	/** The run lock, or empty when nobody holds it. */
	Optional<RunLock> lock();

	/** The owner of the run lock, or empty when nobody holds it. */
	Optional<String> lockHolder();

}
