package dev.crochet.cli;

import dev.crochet.Crochet;
import dev.crochet.ProgressListener;
import dev.crochet.scaffold.RecordedSchema;
import dev.crochet.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * {@code crochet record-schema}: the way from hand-written migrations to generated ones.
 * Records the models' schema as the head migration's, so that {@code create-migration}
 * has something to diff against.
 */
@Command(name = "record-schema", mixinStandardHelpOptions = true, description = {
		"Record the models' schema as the schema of the head migration, for a chain that create-migration cannot",
		"diff against: migrations written by hand without schemaHash, or a schemaHash whose snapshot file never",
		"existed. Writes <hash>.json to the snapshots folder (and, for a head without schemaHash, its hash to",
		"recorded-revisions.properties there), assuming the models describe the head as it is: run it before",
		"changing the models. Then create-migration diffs against it, and check compares the models with it." })
final class RecordSchemaCommand extends ProjectCommand {

	@Option(names = "--force", description = "Record again when the head's schema is recorded already.")
	boolean force;

	@Option(names = "--from-database", description = { "Take the constraints and indexes from the database (which must",
			"be at the head) instead of the models: for models that changed since the head." })
	boolean fromDatabase;

	@Override
	public Integer call() {
		Project project = project();
		try (Workspace workspace = Workspace.open(project, fromDatabase && project.uri() == null,
				ProgressListener.NONE)) {
			Crochet crochet = workspace.crochet();
			WorkingChain working = WorkingChain.of(project, crochet.chain());
			RecordedSchema recorded = record(project, crochet, working);
			out().println("Recorded the schema of head migration " + recorded.revision() + " (schema hash "
					+ recorded.schemaHash() + ") in " + project.relative(recorded.snapshot())
					+ (recorded.revisionsFile() == null ? "" : " and " + project.relative(recorded.revisionsFile())));
			if (recorded.fromDatabase()) {
				out().println("Assumed: the database is at revision " + recorded.revision()
						+ " and its constraints and indexes are that revision's; its nodes, relationships, properties and"
						+ " types are those of the models in " + modelsLocation(project) + ".");
				recorded.notRecorded()
					.forEach(e -> out()
						.println("Not recorded (in the database, but no model declares it): " + e.describe()));
			}
			else {
				out().println("Assumed: the models in " + modelsLocation(project) + " describe revision "
						+ recorded.revision() + " as it is in the database; a model change made after "
						+ recorded.revision() + " counts as migrated (if there is one, restore the models of "
						+ recorded.revision() + " and run record-schema --force, or use --from-database).");
			}
			out().println("Next: change the models, then 'crochet create-migration \"<description>\"'.");
			SnapshotResources.offClassPath(project).ifPresent(out()::println);
			return ExitCode.OK;
		}
	}

	private RecordedSchema record(Project project, Crochet crochet, WorkingChain working) {
		try {
			return crochet.recordSchema(project.snapshotsDir(), force, fromDatabase, working.chain());
		}
		catch (ScaffoldException ex) {
			throw new CliException(ExitCode.USAGE, switch (ex.reason()) {
				case ALREADY_RECORDED ->
					ex.getMessage() + " (" + project.relative(ex.path()) + "); use --force to record it again";
				default -> ex.getMessage();
			}, ex);
		}
	}

	/** Where the models were read from, as the user configured it. */
	static String modelsLocation(Project project) {
		if (project.usesBuildClasses()) {
			return project.classpath().stream().map(project::relative).collect(Collectors.joining(", ")) + " (packages "
					+ String.join(", ", project.modelPackages()) + ")";
		}
		Path models = project.modelsDir();
		return project.relative(models);
	}

}
