package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * A unique-property constraint on {@code label} nodes. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new AddUniqueConstraint("Person", "name").statements().get(0).cypher()
 * }</pre>
 */
public record AddUniqueConstraint(String label, String property) implements Operation {

	public AddUniqueConstraint {
		CypherNames.requireValid(label, Fragments.LABEL);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint or index name. */
	public String name() {
		return SchemaNames.uniqueConstraint(label, property);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Statement.schema("CREATE CONSTRAINT " + name() + " IF NOT EXISTS FOR (n:"
				+ Fragments.label(label) + ") REQUIRE n." + Fragments.property(property) + " IS UNIQUE"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropUniqueConstraint(label, property));
	}

	@Override
	public String describe() {
		return "add unique constraint " + label + "(" + property + ")";
	}
}
