package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * A range index on one property of {@code type} relationships. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new AddRelationshipIndex("Person", "name").statements().get(0).cypher()
 * }</pre>
 */
public record AddRelationshipIndex(String type, String property) implements Operation {

	public AddRelationshipIndex {
		CypherNames.requireValid(type, Fragments.TYPE);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint or index name. */
	public String name() {
		return SchemaNames.relationshipIndex(type, property);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Statement.schema("CREATE INDEX " + name() + " IF NOT EXISTS FOR ()-[r:" + Fragments.type(type)
				+ "]-() ON (r." + Fragments.property(property) + ")"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropRelationshipIndex(type, property));
	}

	@Override
	public String describe() {
		return "add relationship index [" + type + "](" + property + ")";
	}
}
