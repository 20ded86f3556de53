package dev.crochet.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node model.
 *
 * @param kgid the immutable identity from {@code @KgId}
 * @param primaryLabel the class's own label
 * @param labels every label the node carries (primary, inherited, static
 * {@code @Labels}), sorted
 * @param properties sorted by graph name
 * @param compositeIndexes sorted by their property lists
 * @param relationships sorted by type, direction, target
 * @param searchIndexes indexes OGM cannot declare, on the primary label; sorted by name
 */
public record NodeSchema(String kgid, String primaryLabel, List<String> labels, List<PropertySchema> properties,
		List<CompositeIndexSchema> compositeIndexes, List<RelationshipSchema> relationships,
		List<SearchIndexSchema> searchIndexes) {

	public NodeSchema {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(primaryLabel, "primaryLabel");
		labels = List.copyOf(labels);
		properties = List.copyOf(properties);
		compositeIndexes = List.copyOf(compositeIndexes);
		relationships = List.copyOf(relationships);
		searchIndexes = List.copyOf(searchIndexes);
	}

	/** A node without search indexes. */
	public NodeSchema(String kgid, String primaryLabel, List<String> labels, List<PropertySchema> properties,
			List<CompositeIndexSchema> compositeIndexes, List<RelationshipSchema> relationships) {
		this(kgid, primaryLabel, labels, properties, compositeIndexes, relationships, List.of());
	}

	public Optional<PropertySchema> property(String name) {
		return properties.stream().filter(p -> p.name().equals(name)).findFirst();
	}
}
