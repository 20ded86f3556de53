package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * A range index on one property of {@code label} nodes. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new AddIndex("Person", "name").statements().get(0).cypher()
 * }</pre>
 */
public record AddIndex(String label, String property) implements Operation {

	public AddIndex {
		CypherNames.requireValid(label, Fragments.LABEL);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint or index name. */
	public String name() {
		return SchemaNames.index(label, property);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Statement.schema("CREATE INDEX " + name() + " IF NOT EXISTS FOR (n:" + Fragments.label(label)
				+ ") ON (n." + Fragments.property(property) + ")"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropIndex(label, property));
	}

	@Override
	public String describe() {
		return "add index " + label + "(" + property + ")";
	}
}
