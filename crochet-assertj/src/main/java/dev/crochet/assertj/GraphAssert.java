package dev.crochet.assertj;

import dev.crochet.Crochet;
import dev.crochet.cypher.CypherNames;
import dev.crochet.ledger.LedgerView;
import dev.crochet.live.LiveSchema;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;
import org.neo4j.driver.Driver;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.crochet.assertj.ShouldHaveEntities.shouldHaveInBatch;
import static dev.crochet.assertj.ShouldHaveEntities.shouldHaveLabelled;
import static dev.crochet.assertj.ShouldHaveEntities.shouldHaveNoneInBatch;
import static dev.crochet.assertj.ShouldMatchLedger.shouldMatchLedger;

/**
 * Assertions on the live graph behind a driver (its default database): constraints,
 * indexes and the entities of tracked batches. Every check queries the database when it
 * runs.
 *
 * <pre>{@code
 * assertThat(driver)
 *     .hasUniqueConstraint("Person", "name")
 *     .hasIndex("Person", "age")
 *     .hasNodesInBatch("people", 2)
 *     .hasNoRelationshipsInBatch("people")
 *     .matchesLedger(crochet.ledger());
 * }</pre>
 *
 * Constraints and indexes are read as {@code crochet.liveSchema()} reads them: token
 * lookup indexes, indexes backing a constraint and Crochet's internal batch indexes are
 * left out.
 */
public class GraphAssert extends AbstractAssert<GraphAssert, Driver> {

	private static final String SUBJECT = "the graph";

	public GraphAssert(Driver actual) {
		super(actual, GraphAssert.class);
	}

	/** A unique constraint on {@code :label(property)}. */
	public GraphAssert hasUniqueConstraint(String label, String property) {
		isNotNull();
		return fail(SchemaChecks.uniqueConstraint(SUBJECT, liveSchema(), label, property, true));
	}

	public GraphAssert hasNoUniqueConstraint(String label, String property) {
		isNotNull();
		return fail(SchemaChecks.uniqueConstraint(SUBJECT, liveSchema(), label, property, false));
	}

	/**
	 * An index of any kind on {@code :label(properties...)}, properties in index order.
	 */
	public GraphAssert hasIndex(String label, String... properties) {
		isNotNull();
		return fail(SchemaChecks.index(SUBJECT, liveSchema(), label, List.of(properties), true));
	}

	public GraphAssert hasNoIndex(String label, String... properties) {
		isNotNull();
		return fail(SchemaChecks.index(SUBJECT, liveSchema(), label, List.of(properties), false));
	}

	/** Exactly {@code count} nodes carry the batch tag {@code batchId}. */
	public GraphAssert hasNodesInBatch(String batchId, long count) {
		isNotNull();
		long found = nodesInBatch(batchId);
		if (found != count) {
			throwAssertionError(shouldHaveInBatch("nodes", batchId, found, count));
		}
		return myself;
	}

	/**
	 * No node carries the batch tag {@code batchId}: deleting the batch removed all of
	 * it.
	 */
	public GraphAssert hasNoNodesInBatch(String batchId) {
		isNotNull();
		long found = nodesInBatch(batchId);
		if (found != 0) {
			throwAssertionError(shouldHaveNoneInBatch("nodes", batchId, found));
		}
		return myself;
	}

	/** Exactly {@code count} relationships carry the batch tag {@code batchId}. */
	public GraphAssert hasRelationshipsInBatch(String batchId, long count) {
		isNotNull();
		long found = relationshipsInBatch(batchId);
		if (found != count) {
			throwAssertionError(shouldHaveInBatch("relationships", batchId, found, count));
		}
		return myself;
	}

	public GraphAssert hasNoRelationshipsInBatch(String batchId) {
		isNotNull();
		long found = relationshipsInBatch(batchId);
		if (found != 0) {
			throwAssertionError(shouldHaveNoneInBatch("relationships", batchId, found));
		}
		return myself;
	}

	/**
	 * The graph holds what {@code ledger} records, as {@code verify} checks it: every
	 * committed batch has as many tagged entities as the ledger counted, a deleted one
	 * has none, none is still open, no migration lock is held and no run died inside a
	 * revision.
	 */
	public GraphAssert matchesLedger(LedgerView ledger) {
		isNotNull();
		List<String> problems = Crochet.dataProblems(actual, ledger);
		if (!problems.isEmpty()) {
			throwAssertionError(shouldMatchLedger(ledger.location(), problems));
		}
		return myself;
	}

	/** Exactly {@code count} nodes carry {@code label}, in or out of batches. */
	public GraphAssert hasNodes(String label, long count) {
		isNotNull();
		long found = count("MATCH (n:" + CypherNames.escape(label, "label") + ") RETURN count(n) AS count", Map.of());
		if (found != count) {
			throwAssertionError(shouldHaveLabelled(label, found, count));
		}
		return myself;
	}

	private LiveSchema liveSchema() {
		// Core's facade over a given driver: same filtering as crochet.liveSchema(),
		// nothing opened or closed.
		try (Crochet crochet = Crochet.configure().driver(actual).load()) {
			return crochet.liveSchema();
		}
	}

	private long nodesInBatch(String batchId) {
		try (Crochet crochet = Crochet.configure().driver(actual).load()) {
			return crochet.nodesInBatch(batchId);
		}
	}

	private long relationshipsInBatch(String batchId) {
		try (Crochet crochet = Crochet.configure().driver(actual).load()) {
			return crochet.relationshipsInBatch(batchId);
		}
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return actual.executableQuery(cypher)
			.withParameters(parameters)
			.execute()
			.records()
			.get(0)
			.get("count")
			.asLong();
	}

	private GraphAssert fail(Optional<ErrorMessageFactory> failure) {
		failure.ifPresent(this::throwAssertionError);
		return myself;
	}

}
