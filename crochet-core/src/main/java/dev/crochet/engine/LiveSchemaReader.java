package dev.crochet.engine;

import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code SHOW CONSTRAINTS} and {@code SHOW INDEXES} into a {@link LiveSchema}:
 * every kind, token lookup indexes included (a migration that drops one must not pass the
 * round trip), and what {@link SchemaRows} cannot interpret as an element compared by
 * name and definition. Left out are only indexes owned by a constraint (the constraint
 * stands for them) and Crochet's internal schema.
 */
final class LiveSchemaReader {

	private LiveSchemaReader() {
	}

	static LiveSchema read(Graph graph) {
		List<SchemaElement> elements = new ArrayList<>();
		// YIELD *, not named columns: a column this server lacks (propertyType before
		// 5.9) would fail the query.
		graph.query("SHOW CONSTRAINTS YIELD *", Map.of(), r -> r.asMap())
			.forEach(row -> add(elements, Optional.of(SchemaRows.constraint(row))));
		graph.query("SHOW INDEXES YIELD *", Map.of(), r -> r.asMap())
			.forEach(row -> add(elements, SchemaRows.index(row)));
		return new LiveSchema(elements);
	}

	private static void add(List<SchemaElement> elements, Optional<SchemaElement> element) {
		element.filter(e -> !Internal.isInternalSchema(e.name(), e.labelsOrTypes(), e.properties()))
			.ifPresent(elements::add);
	}

}
