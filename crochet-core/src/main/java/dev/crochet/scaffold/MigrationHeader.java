package dev.crochet.scaffold;

import java.util.Objects;

/**
 * The metadata a generated migration carries.
 *
 * <pre>{@code
 * new MigrationHeader("0002_add_age", "0001_init", snapshot.hash(), "add age", "migrations")
 * }</pre>
 *
 * @param parent the current chain head, or empty for the first migration
 * @param packageName the Java package of a Java migration (empty: the default package)
 */
public record MigrationHeader(String id, String parent, String schemaHash, String description, String packageName) {

	public MigrationHeader {
		Objects.requireNonNull(id, "id");
		parent = parent == null ? "" : parent;
		schemaHash = schemaHash == null ? "" : schemaHash;
		description = description == null ? "" : description;
		packageName = packageName == null ? "" : packageName;
	}

	/**
	 * The Java class (and file) name: {@code V} followed by the id, e.g.
	 * {@code V0001_add_person_node}.
	 */
	public String className() {
		return RevisionNames.javaClassName(id);
	}
}
