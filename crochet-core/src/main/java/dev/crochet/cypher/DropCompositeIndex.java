package dev.crochet.cypher;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Drops the index {@link AddCompositeIndex} created. Its name is
 * {@link SchemaNames}-deterministic, so the inverse drops exactly it.
 *
 * <pre>{@code
 * new DropCompositeIndex("Person", List.of("lastName", "firstName"))
 * }</pre>
 */
public record DropCompositeIndex(String label, List<String> properties) implements Operation {

	public DropCompositeIndex {
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
		return List.of(Statement.schema("DROP INDEX " + name() + " IF EXISTS"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new AddCompositeIndex(label, properties));
	}

	@Override
	public String describe() {
		return "drop composite index " + label + properties.stream().collect(Collectors.joining(", ", "(", ")"));
	}
}
