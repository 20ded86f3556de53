package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * Drops the constraint {@link AddUniqueConstraint} created. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new DropUniqueConstraint("Person", "name").statements().get(0).cypher()
 * }</pre>
 */
public record DropUniqueConstraint(String label, String property) implements Operation {

	public DropUniqueConstraint {
		CypherNames.requireValid(label, Fragments.LABEL);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint or index name. */
	public String name() {
		return SchemaNames.uniqueConstraint(label, property);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Statement.schema("DROP CONSTRAINT " + name() + " IF EXISTS"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new AddUniqueConstraint(label, property));
	}

	@Override
	public String describe() {
		return "drop unique constraint " + label + "(" + property + ")";
	}
}
