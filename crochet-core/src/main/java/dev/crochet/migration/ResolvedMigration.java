package dev.crochet.migration;

import dev.crochet.Migration;

import java.util.Objects;

/**
 * A discovered migration: its metadata and its behaviour, whatever format it came from.
 *
 * @param id revision id
 * @param parent parent revision id, or {@code null} for the root
 * @param description human-readable description, never null
 * @param schemaHash declared schema hash, or {@code null} if none was declared
 * @param rollbackSafe whether the downgrade restores the graph exactly
 * @param checksum SHA-256 hex of the content (Cypher files); for Java classes see
 * {@link JavaChecksums} ({@code null} when the migration fails while declaring)
 * @param kind Java class or Cypher file
 * @param location class name or file/classpath location, for messages
 * @param migration the behaviour; a Cypher file becomes a Migration that runs its
 * statements
 */
public record ResolvedMigration(String id, String parent, String description, String schemaHash, boolean rollbackSafe,
		String checksum, MigrationKind kind, String location, Migration migration) {

	public ResolvedMigration {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(migration, "migration");
	}

	public boolean isRoot() {
		return parent == null;
	}
}
