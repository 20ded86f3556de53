package dev.crochet.engine;

import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of {@code SHOW CONSTRAINTS YIELD *} or {@code SHOW INDEXES YIELD *} as a
 * {@link SchemaElement}. Pure, so that rows of kinds the embedded Community server cannot
 * create (key, existence and property type constraints) are tested from the rows Neo4j's
 * documentation shows.
 *
 * <p>
 * A row of a type this class does not know, or whose columns do not fit its type, becomes
 * a {@link Kind#OTHER} element carrying its name and definition: it is still compared,
 * never dropped.
 */
final class SchemaRows {

	private SchemaRows() {
	}

	/** A {@code SHOW CONSTRAINTS} row. */
	static SchemaElement constraint(Map<String, ?> row) {
		String type = text(row, "type");
		Kind kind = type == null ? null : switch (type) {
			// UNIQUENESS and RELATIONSHIP_UNIQUENESS are what Neo4j 5 before 5.20 calls
			// them.
			case "UNIQUENESS", "NODE_PROPERTY_UNIQUENESS", "RELATIONSHIP_UNIQUENESS",
					"RELATIONSHIP_PROPERTY_UNIQUENESS" ->
				Kind.UNIQUE_CONSTRAINT;
			case "NODE_PROPERTY_EXISTENCE", "RELATIONSHIP_PROPERTY_EXISTENCE" -> Kind.EXISTENCE_CONSTRAINT;
			case "NODE_KEY", "RELATIONSHIP_KEY" -> Kind.KEY_CONSTRAINT;
			case "NODE_PROPERTY_TYPE", "RELATIONSHIP_PROPERTY_TYPE" -> Kind.TYPE_CONSTRAINT;
			default -> null;
		};
		String propertyType = kind == Kind.TYPE_CONSTRAINT ? propertyType(row) : null;
		if (kind == null || (kind == Kind.TYPE_CONSTRAINT && propertyType == null)) {
			return other(row, "constraint");
		}
		return onTokens(kind, row, propertyType).orElseGet(() -> other(row, "constraint"));
	}

	/**
	 * A {@code SHOW INDEXES} row; empty for an index owned by a constraint, which the
	 * constraint represents.
	 */
	static Optional<SchemaElement> index(Map<String, ?> row) {
		if (row.get("owningConstraint") != null) {
			return Optional.empty();
		}
		String type = text(row, "type");
		Kind kind = type == null ? null : switch (type) {
			case "RANGE", "BTREE" -> Kind.RANGE_INDEX;
			case "TEXT" -> Kind.TEXT_INDEX;
			case "POINT" -> Kind.POINT_INDEX;
			case "FULLTEXT" -> Kind.FULLTEXT_INDEX;
			case "VECTOR" -> Kind.VECTOR_INDEX;
			case "LOOKUP" -> Kind.LOOKUP_INDEX;
			default -> null;
		};
		if (kind == Kind.LOOKUP_INDEX) {
			Boolean relationship = relationship(row);
			return Optional.of(relationship == null ? other(row, "index")
					: new SchemaElement(kind, relationship, List.of(), List.of(), null, text(row, "name"), null));
		}
		if (kind == null) {
			return Optional.of(other(row, "index"));
		}
		return Optional.of(onTokens(kind, row, null).orElseGet(() -> other(row, "index")));
	}

	/**
	 * An element on labels or types and properties, or empty when the row does not say
	 * which.
	 */
	private static Optional<SchemaElement> onTokens(Kind kind, Map<String, ?> row, String propertyType) {
		Boolean relationship = relationship(row);
		List<String> tokens = strings(row, "labelsOrTypes");
		List<String> properties = strings(row, "properties");
		if (relationship == null || tokens == null || tokens.isEmpty() || properties == null || properties.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(new SchemaElement(kind, relationship, tokens, properties, propertyType, text(row, "name"), null));
	}

	/**
	 * The {@code propertyType} column (Neo4j 5.9 and later); else what follows
	 * {@code IS ::} in the create statement, so that two constraints requiring different
	 * types never compare equal.
	 */
	private static String propertyType(Map<String, ?> row) {
		String column = text(row, "propertyType");
		if (column != null) {
			return column;
		}
		String create = text(row, "createStatement");
		int at = create == null ? -1 : create.indexOf("IS ::");
		return at < 0 ? null : create.substring(at + "IS ::".length()).strip();
	}

	private static SchemaElement other(Map<String, ?> row, String what) {
		String create = text(row, "createStatement");
		String definition = create != null ? create : what + " of type " + row.get("type") + " on "
				+ row.get("entityType") + " " + row.get("labelsOrTypes") + " " + row.get("properties");
		return new SchemaElement(Kind.OTHER, Boolean.TRUE.equals(relationship(row)), List.of(), List.of(), null,
				text(row, "name"), definition);
	}

	private static Boolean relationship(Map<String, ?> row) {
		String entityType = text(row, "entityType");
		if ("NODE".equals(entityType)) {
			return false;
		}
		return "RELATIONSHIP".equals(entityType) ? true : null;
	}

	private static String text(Map<String, ?> row, String column) {
		return row.get(column) instanceof String value ? value : null;
	}

	/** The column's strings, or null when it is absent or not a list of strings. */
	private static List<String> strings(Map<String, ?> row, String column) {
		if (!(row.get(column) instanceof List<?> values) || !values.stream().allMatch(String.class::isInstance)) {
			return null;
		}
		return values.stream().map(String.class::cast).toList();
	}

}
