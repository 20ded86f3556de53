package dev.crochet.ir;

import java.util.List;

/**
 * A {@code @CompositeIndex}: properties in declaration order (order matters to Neo4j).
 */
public record CompositeIndexSchema(List<String> properties, boolean unique) {

	public CompositeIndexSchema {
		properties = List.copyOf(properties);
	}
}
