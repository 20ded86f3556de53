package dev.crochet.scaffold;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link dev.crochet.Crochet#createMigration} writes, and where: the same request
 * from the CLI's {@code create-migration} and the Maven plugin's
 * {@code crochet:create-migration}.
 *
 * <pre>{@code
 * crochet.createMigration(new MigrationRequest("add person node", MigrationPlanner.Target.JAVA, false, false,
 *         Path.of("src/main/java/com/example/migrations"), "com.example.migrations",
 *         Path.of("src/main/resources/db/crochet"), Path.of("src/main/resources/crochet/snapshots")));
 * }</pre>
 *
 * @param empty write a migration even when the models did not change (a data migration)
 * @param enterprise also generate existence constraints for {@code @Required} properties
 * @param javaDirectory the folder of the migrations package, where a Java migration is
 * written
 * @param javaPackage the package line of a Java migration
 * @param cypherDirectory where a {@code .cypher} migration is written
 * @param snapshotDirectory where the models' schema snapshot file is written
 */
public record MigrationRequest(String description, MigrationPlanner.Target target, boolean empty, boolean enterprise,
		Path javaDirectory, String javaPackage, Path cypherDirectory, Path snapshotDirectory) {

	public MigrationRequest {
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(javaDirectory, "javaDirectory");
		Objects.requireNonNull(cypherDirectory, "cypherDirectory");
		Objects.requireNonNull(snapshotDirectory, "snapshotDirectory");
		javaPackage = javaPackage == null ? "" : javaPackage;
	}

	/** The folder the migration goes to. */
	public Path directory() {
		return target == MigrationPlanner.Target.CYPHER ? cypherDirectory : javaDirectory;
	}
}
