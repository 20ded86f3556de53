package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * Drops the index {@link AddRelationshipIndex} created. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new DropRelationshipIndex("Person", "name").statements().get(0).cypher()
 * }</pre>
 */
public record DropRelationshipIndex(String type, String property) implements Operation {

	public DropRelationshipIndex {
		CypherNames.requireValid(type, Fragments.TYPE);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint or index name. */
	public String name() {
		return SchemaNames.relationshipIndex(type, property);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Statement.schema("DROP INDEX " + name() + " IF EXISTS"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new AddRelationshipIndex(type, property));
	}

	@Override
	public String describe() {
		return "drop relationship index [" + type + "](" + property + ")";
	}
}
