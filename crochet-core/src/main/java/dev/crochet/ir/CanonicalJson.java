package dev.crochet.ir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crochet.VectorSimilarity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Canonical JSON of a snapshot and its SHA-256 (Jackson, keys sorted).
 *
 * <p>
 * The document is built field by field rather than by serialising the records, so that
 * adding a convenience accessor to a record can never change a hash. Lists are put in
 * {@link SchemaOrder} first, so any snapshot describing the same contract gives the same
 * text. A model without search indexes has no {@code searchIndexes} field at all, so the
 * hashes of schemas written before search indexes existed stay what they were.
 */
final class CanonicalJson {

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
		.configure(SerializationFeature.INDENT_OUTPUT, false);

	private CanonicalJson() {
	}

	static String write(SchemaSnapshot snapshot) {
		SchemaSnapshot sorted = SchemaOrder.sorted(snapshot);
		Map<String, Object> document = new TreeMap<>();
		document.put("nodes", sorted.nodes().stream().map(CanonicalJson::node).toList());
		document.put("relationships", sorted.relationships().stream().map(CanonicalJson::relationshipEntity).toList());
		try {
			return MAPPER.writeValueAsString(document);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot write a schema snapshot as JSON", e);
		}
	}

	static SchemaSnapshot read(String json) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JsonProcessingException e) {
			throw new ModelException("Not a schema snapshot: " + e.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new ModelException("Not a schema snapshot: expected a JSON object");
		}
		return new SchemaSnapshot(list(root, "nodes", CanonicalJson::node),
				list(root, "relationships", CanonicalJson::relationshipEntity));
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("The JVM lacks SHA-256", e);
		}
	}

	private static Map<String, Object> node(NodeSchema node) {
		Map<String, Object> json = new TreeMap<>();
		json.put("kgid", node.kgid());
		json.put("primaryLabel", node.primaryLabel());
		json.put("labels", node.labels());
		json.put("properties", node.properties().stream().map(CanonicalJson::property).toList());
		json.put("compositeIndexes", node.compositeIndexes().stream().map(CanonicalJson::compositeIndex).toList());
		json.put("relationships", node.relationships().stream().map(CanonicalJson::relationship).toList());
		putSearchIndexes(json, node.searchIndexes());
		return json;
	}

	private static Map<String, Object> relationshipEntity(RelationshipEntitySchema relationship) {
		Map<String, Object> json = new TreeMap<>();
		json.put("kgid", relationship.kgid());
		json.put("type", relationship.type());
		json.put("startKgid", relationship.startKgid());
		json.put("endKgid", relationship.endKgid());
		json.put("properties", relationship.properties().stream().map(CanonicalJson::property).toList());
		putSearchIndexes(json, relationship.searchIndexes());
		return json;
	}

	private static void putSearchIndexes(Map<String, Object> json, List<SearchIndexSchema> indexes) {
		if (!indexes.isEmpty()) {
			json.put("searchIndexes", indexes.stream().map(CanonicalJson::searchIndex).toList());
		}
	}

	private static Map<String, Object> searchIndex(SearchIndexSchema index) {
		Map<String, Object> json = new TreeMap<>();
		json.put("kind", index.kind().name());
		if (index.name() != null) {
			json.put("name", index.name());
		}
		json.put("properties", index.properties());
		if (index.analyzer() != null) {
			json.put("analyzer", index.analyzer());
		}
		if (index.kind() == SearchIndexSchema.Kind.VECTOR) {
			json.put("dimensions", index.dimensions());
			json.put("similarity", index.similarity().name());
		}
		return json;
	}

	private static Map<String, Object> property(PropertySchema property) {
		Map<String, Object> json = new TreeMap<>();
		json.put("name", property.name());
		json.put("type", property.type());
		json.put("required", property.required());
		json.put("unique", property.unique());
		json.put("indexed", property.indexed());
		return json;
	}

	private static Map<String, Object> compositeIndex(CompositeIndexSchema index) {
		Map<String, Object> json = new TreeMap<>();
		json.put("properties", index.properties());
		json.put("unique", index.unique());
		return json;
	}

	private static Map<String, Object> relationship(RelationshipSchema relationship) {
		Map<String, Object> json = new TreeMap<>();
		json.put("type", relationship.type());
		json.put("direction", relationship.direction());
		json.put("targetKgid", relationship.targetKgid());
		return json;
	}

	private static NodeSchema node(JsonNode json) {
		return new NodeSchema(text(json, "kgid"), text(json, "primaryLabel"), strings(json, "labels"),
				list(json, "properties", CanonicalJson::property),
				list(json, "compositeIndexes",
						i -> new CompositeIndexSchema(strings(i, "properties"), bool(i, "unique"))),
				list(json, "relationships",
						r -> new RelationshipSchema(text(r, "type"), text(r, "direction"), text(r, "targetKgid"))),
				searchIndexes(json));
	}

	private static RelationshipEntitySchema relationshipEntity(JsonNode json) {
		return new RelationshipEntitySchema(text(json, "kgid"), text(json, "type"), text(json, "startKgid"),
				text(json, "endKgid"), list(json, "properties", CanonicalJson::property), searchIndexes(json));
	}

	private static List<SearchIndexSchema> searchIndexes(JsonNode json) {
		return json.has("searchIndexes") ? list(json, "searchIndexes", CanonicalJson::searchIndex) : List.of();
	}

	private static SearchIndexSchema searchIndex(JsonNode json) {
		String kind = text(json, "kind");
		try {
			return new SearchIndexSchema(SearchIndexSchema.Kind.valueOf(kind),
					json.has("name") ? text(json, "name") : null, strings(json, "properties"),
					json.has("analyzer") ? text(json, "analyzer") : null,
					json.has("dimensions") ? integer(json, "dimensions") : 0,
					json.has("similarity") ? VectorSimilarity.valueOf(text(json, "similarity")) : null);
		}
		catch (IllegalArgumentException ex) {
			throw new ModelException(
					"Not a schema snapshot: search index " + json + " is not valid: " + ex.getMessage());
		}
	}

	private static int integer(JsonNode json, String field) {
		JsonNode value = json.get(field);
		if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
			throw new ModelException("Not a schema snapshot: \"" + field + "\" must be an integer");
		}
		return value.asInt();
	}

	private static PropertySchema property(JsonNode json) {
		return new PropertySchema(text(json, "name"), text(json, "type"), bool(json, "required"), bool(json, "unique"),
				bool(json, "indexed"));
	}

	private static <T> List<T> list(JsonNode json, String field, Function<JsonNode, T> element) {
		JsonNode array = json.get(field);
		if (array == null || !array.isArray()) {
			throw new ModelException("Not a schema snapshot: \"" + field + "\" must be an array");
		}
		List<T> result = new ArrayList<>();
		array.forEach(item -> result.add(element.apply(item)));
		return result;
	}

	private static List<String> strings(JsonNode json, String field) {
		return list(json, field, item -> {
			if (!item.isTextual()) {
				throw new ModelException("Not a schema snapshot: \"" + field + "\" must hold strings");
			}
			return item.asText();
		});
	}

	private static String text(JsonNode json, String field) {
		JsonNode value = json.get(field);
		if (value == null || !value.isTextual()) {
			throw new ModelException("Not a schema snapshot: \"" + field + "\" must be a string");
		}
		return value.asText();
	}

	private static boolean bool(JsonNode json, String field) {
		JsonNode value = json.get(field);
		if (value == null || !value.isBoolean()) {
			throw new ModelException("Not a schema snapshot: \"" + field + "\" must be true or false");
		}
		return value.asBoolean();
	}

}
