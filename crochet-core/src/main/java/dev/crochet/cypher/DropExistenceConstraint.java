package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * Drops the constraint {@link AddExistenceConstraint} created (Neo4j Enterprise only).
 * Its name is {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new DropExistenceConstraint("Person", "name").statements().get(0).cypher()
 * }</pre>
 */
public record DropExistenceConstraint(String label, String property) implements Operation {

	public DropExistenceConstraint {
		CypherNames.requireValid(label, Fragments.LABEL);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint or index name. */
	public String name() {
		return SchemaNames.existenceConstraint(label, property);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Statement.schema("DROP CONSTRAINT " + name() + " IF EXISTS"));
	}

	@Override
	public boolean enterpriseOnly() {
		return true;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new AddExistenceConstraint(label, property));
	}

	@Override
	public String describe() {
		return "drop existence constraint " + label + "(" + property + ")";
	}
}
