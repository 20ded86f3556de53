package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * A property-existence constraint on {@code label} nodes (Neo4j Enterprise only). Its
 * name is {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new AddExistenceConstraint("Person", "name").statements().get(0).cypher()
 * }</pre>
 */
public record AddExistenceConstraint(String label, String property) implements Operation {

	public AddExistenceConstraint {
		CypherNames.requireValid(label, Fragments.LABEL);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint or index name. */
	public String name() {
		return SchemaNames.existenceConstraint(label, property);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Statement.schema("CREATE CONSTRAINT " + name() + " IF NOT EXISTS FOR (n:"
				+ Fragments.label(label) + ") REQUIRE n." + Fragments.property(property) + " IS NOT NULL"));
	}

	@Override
	public boolean enterpriseOnly() {
		return true;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropExistenceConstraint(label, property));
	}

	@Override
	public String describe() {
		return "add existence constraint " + label + "(" + property + ")";
	}
}
