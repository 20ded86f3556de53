package dev.crochet.ir;

import java.util.List;
import java.util.Optional;

/**
 * The schema IR of a set of models: the graph contract only (labels, graph property
 * names, types, flags, relationships), never Java class names, packages, field names or
 * field order. Immutable; nodes and relationship entities sorted by kgid.
 *
 * <pre>{@code
 * SchemaSnapshot snapshot = ModelReader.read("com.example.model");
 * String hash = snapshot.hash();   // SHA-256 hex of the canonical JSON
 * }</pre>
 *
 * @param renames the properties the models declare as renamed
 * ({@link dev.crochet.RenamedFrom}): how to get here from an older snapshot, not part of
 * the contract, so neither in the canonical JSON nor in the hash (a snapshot read back
 * from JSON has none)
 */
public record SchemaSnapshot(List<NodeSchema> nodes, List<RelationshipEntitySchema> relationships,
		List<PropertyRename> renames) {

	public SchemaSnapshot {
		nodes = List.copyOf(nodes);
		relationships = List.copyOf(relationships);
		renames = List.copyOf(renames);
	}

	/** A snapshot without declared renames. */
	public SchemaSnapshot(List<NodeSchema> nodes, List<RelationshipEntitySchema> relationships) {
		this(nodes, relationships, List.of());
	}

	public static SchemaSnapshot empty() {
		return new SchemaSnapshot(List.of(), List.of());
	}

	public Optional<NodeSchema> node(String kgid) {
		return nodes.stream().filter(n -> n.kgid().equals(kgid)).findFirst();
	}

	public Optional<RelationshipEntitySchema> relationship(String kgid) {
		return relationships.stream().filter(r -> r.kgid().equals(kgid)).findFirst();
	}

	/**
	 * Canonical JSON: keys sorted, lists in a defined order, no insignificant white
	 * space.
	 */
	public String toCanonicalJson() {
		return CanonicalJson.write(this);
	}

	/** SHA-256 hex of {@link #toCanonicalJson()}. */
	public String hash() {
		return CanonicalJson.sha256(toCanonicalJson());
	}

	/** Reads a snapshot back from its canonical JSON (as stored in the ledger). */
	public static SchemaSnapshot fromJson(String json) {
		return CanonicalJson.read(json);
	}
}
