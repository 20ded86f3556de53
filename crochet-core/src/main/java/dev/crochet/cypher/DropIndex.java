package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;

/**
 * Drops the index {@link AddIndex} created. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new DropIndex("Person", "name").statements().get(0).cypher()
 * }</pre>
 */
public record DropIndex(String label, String property) implements Operation {

	public DropIndex {
		CypherNames.requireValid(label, Fragments.LABEL);
		CypherNames.requireValid(property, Fragments.PROPERTY);
	}

	/** The constraint or index name. */
	public String name() {
		return SchemaNames.index(label, property);
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
		return Optional.of(new AddIndex(label, property));
	}

	@Override
	public String describe() {
		return "drop index " + label + "(" + property + ")";
	}
}
