package dev.crochet.cli;

import dev.crochet.Crochet;
import dev.crochet.ProgressListener;
import dev.crochet.diff.PossibleRename;
import dev.crochet.diff.PropertyRemoved;
import dev.crochet.diff.SchemaChange;
import dev.crochet.scaffold.CreatedMigration;
import dev.crochet.scaffold.MigrationPlan;
import dev.crochet.scaffold.MigrationPlanner;
import dev.crochet.scaffold.MigrationRequest;
import dev.crochet.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;

/**
 * {@code crochet create-migration "add person node"}: a migration generated from the
 * models' diff against the newest migration.
 */
@Command(name = "create-migration", mixinStandardHelpOptions = true, description = {
		"Snapshot the models, diff them against the newest migration's snapshot (applied or not, compiled or",
		"not), and write migrations/V<NNNN>_<slug>.java (or <NNNN>_<slug>.cypher with --cypher; see [project]",
		"java_migrations_path, migrations_package and cypher_migrations_path) whose upgrade holds the generated",
		"operations and whose downgrade holds their inverses in reverse order. Removing a property, label or model",
		"makes it rollbackSafe = false. Writes nothing when the models did not change, unless --empty." })
final class CreateMigrationCommand extends ProjectCommand {

	@Parameters(paramLabel = "DESCRIPTION", description = "What the migration does, e.g. \"add person node\".")
	String description;

	@Option(names = "--cypher", description = "Write a .cypher migration instead of a Java one.")
	boolean cypher;

	@Option(names = "--empty",
			description = "Write a migration even when the models did not change (for data changes).")
	boolean empty;

	@Option(names = "--enterprise",
			description = "Also generate existence constraints for @Required properties (Neo4j Enterprise only).")
	boolean enterprise;

	@Override
	public Integer call() throws IOException {
		Project project = project();
		try (Workspace workspace = Workspace.open(project, false, ProgressListener.NONE)) {
			Crochet crochet = workspace.crochet();
			// The newest migration, applied or not, compiled or not: chaining on anything
			// older forks the chain.
			WorkingChain working = working(project, crochet);
			MigrationRequest request = new MigrationRequest(description,
					cypher ? MigrationPlanner.Target.CYPHER : MigrationPlanner.Target.JAVA, empty, enterprise,
					project.javaMigrationsDir(), project.migrationsPackage(), project.cypherMigrationsDir(),
					project.snapshotsDir());
			CreatedMigration created = create(project, crochet, request, working);
			String parent = created.parent();
			if (!created.written()) {
				out().println("No schema changes since " + (parent == null ? "the start (no migrations yet)" : parent)
						+ readFrom(project) + "; nothing written (use --empty for a data migration)");
				if (project.usesBuildClasses()) {
					working.uncompiled()
						.forEach(m -> out().println("Not compiled yet: " + m.id() + "  " + m.location()));
					out().println("Changed a model or a migration since the last build? Compile first (e.g. mvn"
							+ " compile): 'crochet create-migration' reads the compiled classes.");
				}
				return ExitCode.OK;
			}
			MigrationPlan plan = created.plan();
			out().println("Created " + project.relative(created.file()) + " (revision " + created.id() + ", parent "
					+ (parent == null ? "none" : parent) + ", rollbackSafe = " + plan.rollbackSafe()
					+ ") and its schema snapshot " + project.relative(created.snapshot()));
			for (SchemaChange change : plan.diff().changes()) {
				out().println("  " + (change.destructive() ? "! " : "  ") + change.describe());
			}
			for (PossibleRename rename : plan.diff().possibleRenames()) {
				out().println("  ? " + rename.describe());
			}
			if (!plan.rollbackSafe()) {
				out().println(
						"Destructive changes: the migration is not rollback-safe; read its downgrade before applying it.");
				if (plan.diff().changes().stream().anyMatch(PropertyRemoved.class::isInstance)) {
					out().println(
							"A removed property that was renamed loses its values: declare @RenamedFrom(\"<old name>\")"
									+ " on its field, delete " + project.relative(created.file())
									+ " and generate again, and the migration uses renameNodeProperty (renameRelationshipProperty"
									+ " on a relationship), which keeps them.");
				}
			}
			if (!cypher && project.usesBuildClasses()) {
				out().println(
						"Build the project (e.g. mvn compile) before 'crochet upgrade': it runs the compiled classes of"
								+ " [project] classpath, which do not hold this migration yet.");
			}
			SnapshotResources.offClassPath(project).ifPresent(out()::println);
			return ExitCode.OK;
		}
	}

	/**
	 * Where the models were read, when a build compiled them: an edited model the build
	 * has not compiled yet is not seen.
	 */
	private static String readFrom(Project project) {
		if (!project.usesBuildClasses()) {
			return "";
		}
		return " in the models compiled in "
				+ String.join(", ", project.classpath().stream().map(project::relative).toList());
	}

	private static WorkingChain working(Project project, Crochet crochet) {
		try {
			return WorkingChain.of(project, crochet.chain());
		}
		catch (CliException ex) {
			throw new CliException(ex.exitCode(), ex.getMessage() + "; nothing was written", ex);
		}
	}

	/**
	 * Core's flow, with the CLI's own words for what to do when there is nothing to diff
	 * against.
	 */
	private static CreatedMigration create(Project project, Crochet crochet, MigrationRequest request,
			WorkingChain working) {
		try {
			return crochet.createMigration(request, working.chain());
		}
		catch (ScaffoldException ex) {
			String head = ex.revision();
			throw new CliException(ExitCode.USAGE, switch (ex.reason()) {
				case HEAD_WITHOUT_SCHEMA_HASH -> "The head migration " + head
						+ " declares no schema hash, so there is nothing to diff against; record the schema of " + head
						+ " with 'crochet record-schema' (while the models still describe it), or use --empty and write"
						+ " the operations by hand";
				case HEAD_SNAPSHOT_MISSING -> "Neither the ledger nor " + project.relative(ex.path())
						+ " holds the schema snapshot of head migration " + head
						+ ", so the models cannot be diffed against it; restore the file from version control if it was"
						+ " committed, or, if it never existed, record it with 'crochet record-schema' while the models"
						+ " are those of " + head + ", or use --empty";
				case FILE_EXISTS -> project.relative(ex.path()) + " already exists; nothing was changed";
				case NO_MIGRATIONS, MODELS_ARE_NOT_HEAD, ALREADY_RECORDED, DATABASE_NOT_AT_HEAD -> ex.getMessage();
			}, ex);
		}
	}

}
