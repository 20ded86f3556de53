package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A range index over several properties of {@code label} nodes, in the given order. Its
 * name is {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new AddCompositeIndex("Person", List.of("lastName", "firstName"))
 * }</pre>
 */
public record AddCompositeIndex(String label, List<String> properties) implements Operation {

	public AddCompositeIndex {
		CypherNames.requireValid(label, Fragments.LABEL);
		properties = Fragments.properties(properties, "composite index", "label " + CypherNames.display(label));
	}

	/** The index name. */
	public String name() {
		return SchemaNames.compositeIndex(label, properties);
	}

	private String columns() {
		return properties.stream().map(p -> "n." + Fragments.property(p)).collect(Collectors.joining(", "));
	}

	@Override
	public List<Statement> statements() {
		return List.of(Statement.schema("CREATE INDEX " + name() + " IF NOT EXISTS FOR (n:" + Fragments.label(label)
				+ ") ON (" + columns() + ")"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropCompositeIndex(label, properties));
	}

	@Override
	public String describe() {
		return "add composite index " + label + properties.stream().collect(Collectors.joining(", ", "(", ")"));
	}
}
