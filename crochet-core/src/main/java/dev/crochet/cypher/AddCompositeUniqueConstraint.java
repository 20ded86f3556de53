package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A uniqueness constraint over several properties of {@code label} nodes together (a node
 * key without the existence part, so Community edition has it too). Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new AddCompositeUniqueConstraint("Person", List.of("firstName", "lastName"))
 * }</pre>
 */
public record AddCompositeUniqueConstraint(String label, List<String> properties) implements Operation {

	public AddCompositeUniqueConstraint {
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
		String columns = properties.stream().map(p -> "n." + Fragments.property(p)).collect(Collectors.joining(", "));
		return List.of(Statement.schema("CREATE CONSTRAINT " + name() + " IF NOT EXISTS FOR (n:"
				+ Fragments.label(label) + ") REQUIRE (" + columns + ") IS UNIQUE"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropCompositeUniqueConstraint(label, properties));
	}

	@Override
	public String describe() {
		return "add composite unique constraint " + label
				+ properties.stream().collect(Collectors.joining(", ", "(", ")"));
	}
}
