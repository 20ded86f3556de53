package dev.crochet.ir;

import java.util.Objects;

/**
 * A property of a node or relationship as stored in the graph.
 *
 * @param name the graph name ({@code @Property(name)} applied), not the Java field name
 * @param type the Neo4j type, e.g. {@code STRING}, {@code INTEGER}, {@code LIST<STRING>}
 * @param required {@code @Required}
 * @param unique {@code @Index(unique = true)} or {@code @Id} with a non-internal id
 * strategy
 * @param indexed {@code @Index} (a unique property counts as indexed too)
 */
public record PropertySchema(String name, String type, boolean required, boolean unique, boolean indexed) {

	public PropertySchema {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}
}
