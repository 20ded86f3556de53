package dev.crochet.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code @RelationshipEntity} model.
 *
 * @param properties sorted by graph name
 */
public record RelationshipEntitySchema(String kgid, String type, String startKgid, String endKgid,
		List<PropertySchema> properties) {

	public RelationshipEntitySchema {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(startKgid, "startKgid");
		Objects.requireNonNull(endKgid, "endKgid");
		properties = List.copyOf(properties);
	}

	public Optional<PropertySchema> property(String name) {
		return properties.stream().filter(p -> p.name().equals(name)).findFirst();
	}
}
