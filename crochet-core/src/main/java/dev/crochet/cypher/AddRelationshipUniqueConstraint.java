package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * A uniqueness constraint on a property of {@code type} relationships. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new AddRelationshipUniqueConstraint("ORDERED", "orderId")
 * }</pre>
 */
public record AddRelationshipUniqueConstraint(String type, String property) implements Operation {

	public AddRelationshipUniqueConstraint {
		CypherNames.requireValid(type, Fragments.TYPE);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint name. */
	public String name() {
		return SchemaNames.relationshipUniqueConstraint(type, property);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Statement.schema("CREATE CONSTRAINT " + name() + " IF NOT EXISTS FOR ()-[r:"
				+ Fragments.type(type) + "]-() REQUIRE r." + Fragments.property(property) + " IS UNIQUE"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropRelationshipUniqueConstraint(type, property));
	}

	@Override
	public String describe() {
		return "add relationship unique constraint " + type + "(" + property + ")";
	}
}
