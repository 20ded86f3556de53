package dev.crochet.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code @RelationshipEntity} model.
 *
 * @param properties sorted by graph name
 * @param searchIndexes indexes OGM cannot declare, on the type; sorted by name
 */
public record RelationshipEntitySchema(String kgid, String type, String startKgid, String endKgid,
		List<PropertySchema> properties, List<SearchIndexSchema> searchIndexes) {

	public RelationshipEntitySchema {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(startKgid, "startKgid");
		Objects.requireNonNull(endKgid, "endKgid");
		properties = List.copyOf(properties);
		searchIndexes = List.copyOf(searchIndexes);
	}

	/** A relationship entity without search indexes. */
	public RelationshipEntitySchema(String kgid, String type, String startKgid, String endKgid,
			List<PropertySchema> properties) {
		this(kgid, type, startKgid, endKgid, properties, List.of());
	}

	public Optional<PropertySchema> property(String name) {
		return properties.stream().filter(p -> p.name().equals(name)).findFirst();
	}
}
