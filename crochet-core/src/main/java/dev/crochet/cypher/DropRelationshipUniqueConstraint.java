package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * Drops the constraint {@link AddRelationshipUniqueConstraint} created. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new DropRelationshipUniqueConstraint("ORDERED", "orderId")
 * }</pre>
 */
public record DropRelationshipUniqueConstraint(String type, String property) implements Operation {

	public DropRelationshipUniqueConstraint {
		CypherNames.requireValid(type, Fragments.TYPE);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint name. */
	public String name() {
		return SchemaNames.relationshipUniqueConstraint(type, property);
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
		return Optional.of(new AddRelationshipUniqueConstraint(type, property));
	}

	@Override
	public String describe() {
		return "drop relationship unique constraint " + type + "(" + property + ")";
	}
}
