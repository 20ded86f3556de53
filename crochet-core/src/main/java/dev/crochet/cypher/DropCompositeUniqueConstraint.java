package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Drops the constraint {@link AddCompositeUniqueConstraint} created. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new DropCompositeUniqueConstraint("Person", List.of("firstName", "lastName"))
 * }</pre>
 */
public record DropCompositeUniqueConstraint(String label, List<String> properties) implements Operation {

	public DropCompositeUniqueConstraint {
		CypherNames.requireValid(label, Fragments.LABEL);
		properties = Fragments.properties(properties, "composite unique constraint",
				"label " + CypherNames.display(label));
	}

	/** The constraint name. */
	public String name() {
		return SchemaNames.compositeUniqueConstraint(label, properties);
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
		return Optional.of(new AddCompositeUniqueConstraint(label, properties));
	}

	@Override
	public String describe() {
		return "drop composite unique constraint " + label
				+ properties.stream().collect(Collectors.joining(", ", "(", ")"));
	}
}
