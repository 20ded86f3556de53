package dev.crochet.engine;

import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code SHOW CONSTRAINTS} and {@code SHOW INDEXES} into a {@link LiveSchema}, leaving out
 * token lookup indexes, indexes that back a constraint, and Crochet's internal ones.
 */
final class LiveSchemaReader {

	private LiveSchemaReader() {
	}

	static LiveSchema read(Graph graph) {
		List<SchemaElement> elements = new ArrayList<>();
		graph.query("SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties", Map.of(), r -> r)
			.forEach(r -> {
				Kind kind = constraintKind(r.get("type").asString());
				add(elements, kind, r.get("name").asString(), r.get("entityType").asString(), r.get("labelsOrTypes"),
						r.get("properties"));
			});
		graph.query("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint", Map.of(),
				r -> r)
			.forEach(r -> {
				if (!r.get("owningConstraint").isNull() || "LOOKUP".equals(r.get("type").asString())) {
					return;
				}
				Kind kind = indexKind(r.get("type").asString());
				add(elements, kind, r.get("name").asString(), r.get("entityType").asString(), r.get("labelsOrTypes"),
						r.get("properties"));
			});
		return new LiveSchema(elements);
	}

	private static void add(List<SchemaElement> elements, Kind kind, String name, String entityType, Value labels,
			Value properties) {
		List<String> labelsOrTypes = labels.isNull() ? List.of() : labels.asList(Value::asString);
		List<String> props = properties.isNull() ? List.of() : properties.asList(Value::asString);
		if (kind == null || labelsOrTypes.size() != 1 || Internal.isInternalSchema(name, labelsOrTypes, props)) {
			return;
		}
		elements.add(new SchemaElement(kind, "RELATIONSHIP".equals(entityType), labelsOrTypes.get(0), props, name));
	}

	private static Kind constraintKind(String type) {
		if (type.endsWith("UNIQUENESS")) {
			return Kind.UNIQUE_CONSTRAINT;
		}
		if (type.endsWith("EXISTENCE")) {
			return Kind.EXISTENCE_CONSTRAINT;
		}
		if (type.endsWith("KEY")) {
			return Kind.KEY_CONSTRAINT;
		}
		if (type.endsWith("TYPE")) {
			return Kind.TYPE_CONSTRAINT;
		}
		return null;
	}

	private static Kind indexKind(String type) {
		return switch (type) {
			case "RANGE", "BTREE" -> Kind.RANGE_INDEX;
			case "TEXT" -> Kind.TEXT_INDEX;
			case "POINT" -> Kind.POINT_INDEX;
			case "FULLTEXT" -> Kind.FULLTEXT_INDEX;
			case "VECTOR" -> Kind.VECTOR_INDEX;
			default -> null;
		};
	}
}
