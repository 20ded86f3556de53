package dev.crochet.maven;

import dev.crochet.diff.PossibleRename;
import dev.crochet.diff.PropertyRemoved;
import dev.crochet.diff.SchemaChange;
import dev.crochet.scaffold.CreatedMigration;
import dev.crochet.scaffold.MigrationPlanner;
import dev.crochet.scaffold.MigrationRequest;
import dev.crochet.scaffold.ScaffoldException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;
import javax.lang.model.SourceVersion;

/**
 * {@code crochet:create-migration -Ddescription="add person node"}: diffs the compiled
 * models against the newest migration's snapshot and writes the migration (Java into the
 * migrations package under {@code src/main/java}, or {@code .cypher} with
 * {@code -Dcypher}) and the models' snapshot under {@code src/main/resources}. Needs no
 * database. Run it after {@code compile}, so the newest migration is among the compiled
 * ones.
 */
@Mojo(name = "create-migration", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class CreateMigrationMojo extends AbstractCrochetMojo {

	/**
	 * What the migration does, e.g. {@code add person node}; its file name is made from
	 * it.
	 */
	@Parameter(property = "description")
	String description;

	/**
	 * Write a {@code .cypher} migration into {@code cypherDirectory} instead of a Java
	 * one.
	 */
	@Parameter(property = "cypher", defaultValue = "false")
	boolean cypher;

	/** Write a migration even when the models did not change (for data changes). */
	@Parameter(property = "crochet.empty", defaultValue = "false")
	boolean empty;

	/**
	 * Also generate existence constraints for {@code @Required} properties (Neo4j
	 * Enterprise only).
	 */
	@Parameter(property = "crochet.enterprise", defaultValue = "false")
	boolean enterprise;

	/**
	 * The package of generated Java migrations; default: the one entry of
	 * {@code migrationPackages}.
	 */
	@Parameter(property = "crochet.migrationsPackage")
	String migrationsPackage;

	@Parameter(defaultValue = "${project.build.sourceDirectory}", readonly = true)
	File sourceDirectory;

	@Parameter(defaultValue = "${project.basedir}", readonly = true)
	File basedir;

	@Override
	String goal() {
		return "create-migration";
	}

	@Override
	void run() throws MojoExecutionException {
		if (description == null || description.isBlank()) {
			throw new MojoExecutionException(
					"crochet:create-migration needs a description: -Ddescription=\"add person node\"");
		}
		String pkg = migrationsPackage();
		try (Session session = offline()) {
			MigrationRequest request = new MigrationRequest(description.strip(),
					cypher ? MigrationPlanner.Target.CYPHER : MigrationPlanner.Target.JAVA, empty, enterprise,
					sourceDirectory.toPath().resolve(pkg.replace('.', '/')), pkg, cypherDirectory.toPath(),
					snapshotsDirectory.toPath());
			CreatedMigration created = session.crochet().createMigration(request);
			report(created);
		}
		catch (ScaffoldException ex) {
			throw new MojoExecutionException(switch (ex.reason()) {
				case HEAD_WITHOUT_SCHEMA_HASH -> "The head migration " + ex.revision()
						+ " declares no schema hash, so there is nothing to diff against; record its schema with"
						+ " crochet:record-schema (while the models still describe it), or use -Dcrochet.empty and write"
						+ " the operations by hand";
				case HEAD_SNAPSHOT_MISSING -> ex.getMessage()
						+ "; restore the file from version control if it was committed, or, if it never existed, record"
						+ " it with crochet:record-schema while the models are those of " + ex.revision()
						+ ", or use -Dcrochet.empty";
				case FILE_EXISTS, NO_MIGRATIONS, MODELS_ARE_NOT_HEAD, ALREADY_RECORDED, DATABASE_NOT_AT_HEAD ->
					ex.getMessage();
			}, ex);
		}
	}

	private String migrationsPackage() throws MojoExecutionException {
		String pkg = migrationsPackage;
		if (pkg == null || pkg.isBlank()) {
			if (cypher) {
				return "";
			}
			if (list(migrationPackages).size() != 1) {
				throw new MojoExecutionException(
						"crochet:create-migration cannot tell which package a Java migration goes in:"
								+ " set <migrationsPackage>, or exactly one <migrationPackages> entry (there are "
								+ list(migrationPackages).size() + ")");
			}
			pkg = list(migrationPackages).get(0);
		}
		if (!SourceVersion.isName(pkg.strip())) {
			throw new MojoExecutionException("<migrationsPackage> '" + pkg + "' is not a valid Java package name"
					+ " (dot-separated identifiers, e.g. com.example.migrations)");
		}
		return pkg.strip();
	}

	private void report(CreatedMigration created) {
		String parent = created.parent();
		if (!created.written()) {
			getLog().info("No schema changes since " + (parent == null ? "the start (no migrations yet)" : parent)
					+ "; nothing written (use -Dcrochet.empty for a data migration)");
			return;
		}
		getLog().info("Created " + relative(created.file()) + " (revision " + created.id() + ", parent "
				+ (parent == null ? "none" : parent) + ", rollbackSafe = " + created.plan().rollbackSafe()
				+ ") and its schema snapshot " + relative(created.snapshot()));
		for (SchemaChange change : created.plan().diff().changes()) {
			getLog().info("  " + (change.destructive() ? "! " : "  ") + change.describe());
		}
		for (PossibleRename rename : created.plan().diff().possibleRenames()) {
			getLog().warn(rename.describe());
		}
		if (!created.plan().rollbackSafe()) {
			getLog().warn(
					"Destructive changes: the migration is not rollback-safe; read its downgrade before applying it.");
			if (created.plan().diff().changes().stream().anyMatch(PropertyRemoved.class::isInstance)) {
				getLog()
					.warn("A removed property that was renamed loses its values: declare @RenamedFrom(\"<old name>\")"
							+ " on its field, delete " + relative(created.file())
							+ " and generate again, and the migration uses renameNodeProperty (renameRelationshipProperty"
							+ " on a relationship), which keeps them.");
			}
		}
	}

	private String relative(Path file) {
		Path base = basedir.toPath().toAbsolutePath().normalize();
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}

}
