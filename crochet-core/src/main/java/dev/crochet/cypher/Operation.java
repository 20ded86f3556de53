package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * One declared {@link dev.crochet.MigrationContext} operation, as an immutable value:
 * validated on construction (a bad name is an {@link InvalidNameException} naming it),
 * rendered to Cypher by a pure function, and able to say what undoes it. Sealed: the
 * kinds are exactly the context's methods, and what renders every kind (the Java source
 * in {@code dev.crochet.javasource}, the docs table) can rely on the list.
 */
public sealed interface Operation
		permits AddCompositeIndex, AddCompositeUniqueConstraint, AddExistenceConstraint, AddFulltextIndex, AddIndex,
		AddPointIndex, AddRelationshipIndex, AddRelationshipUniqueConstraint, AddTextIndex, AddUniqueConstraint,
		AddVectorIndex, BeginBatch, DropCompositeIndex, DropCompositeUniqueConstraint, DropExistenceConstraint,
		DropFulltextIndex, DropIndex, DropPointIndex, DropRelationshipIndex, DropRelationshipUniqueConstraint,
		DropTextIndex, DropUniqueConstraint, DropVectorIndex, RunCypher, ChunkedOperation {

	/**
	 * Statements in the order they must run. Empty for bookkeeping operations (begin
	 * batch).
	 */
	List<Statement> statements();

	/**
	 * Whether Neo4j Enterprise edition is required (existence constraints, node keys).
	 */
	boolean enterpriseOnly();

	/** The operation that undoes this one, when there is a faithful one. */
	Optional<Operation> inverse();

	/**
	 * The batch whose entities this operation creates, if it creates any (for row
	 * counts).
	 */
	default Optional<String> batch() {
		return Optional.empty();
	}

	/**
	 * Whether every statement is a schema statement: what a failed or interrupted
	 * revision can revert by its inverse, and what can simply run again
	 * ({@code IF [NOT] EXISTS}).
	 */
	default boolean schemaOnly() {
		List<Statement> statements = statements();
		return !statements.isEmpty() && statements.stream().allMatch(s -> s.kind() == StatementKind.SCHEMA);
	}

	/**
	 * Human-readable summary for logs and dry runs, e.g. {@code add index Person(age)}.
	 */
	String describe();

}
