package dev.crochet.cli;

import dev.crochet.Crochet;
import dev.crochet.ProgressListener;
import dev.crochet.diff.SchemaChange;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SnapshotFiles;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.scaffold.MigrationHeader;
import dev.crochet.scaffold.MigrationPlan;
import dev.crochet.scaffold.MigrationPlanner;
import dev.crochet.scaffold.MigrationSource;
import dev.crochet.scaffold.RevisionNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code crochet create-migration "add person node"}: a migration generated from the models' diff against the newest migration. */
@Command(name = "create-migration", mixinStandardHelpOptions = true,
		description = { "Snapshot the models, diff them against the newest migration's snapshot (applied or not, compiled or",
				"not), and write migrations/V<NNNN>_<slug>.java (or <NNNN>_<slug>.cypher with --cypher; see [project]",
				"java_migrations_path, migrations_package and cypher_migrations_path) whose upgrade holds the generated",
				"operations and whose downgrade holds their inverses in reverse order. Removing a property, label or model",
				"makes it rollbackSafe = false. Writes nothing when the models did not change, unless --empty." })
final class CreateMigrationCommand extends ProjectCommand {

	@Parameters(paramLabel = "DESCRIPTION", description = "What the migration does, e.g. \"add person node\".")
	String description;

	@Option(names = "--cypher", description = "Write a .cypher migration instead of a Java one.")
	boolean cypher;

	@Option(names = "--empty", description = "Write a migration even when the models did not change (for data changes).")
	boolean empty;

	@Option(names = "--enterprise", description = "Also generate existence constraints for @Required properties (Neo4j Enterprise only).")
	boolean enterprise;

	@Override
	public Integer call() throws IOException {
		Project project = project();
		try (Workspace workspace = Workspace.open(project, false, ProgressListener.NONE)) {
			Crochet crochet = workspace.crochet();
			// The newest migration, applied or not, compiled or not: chaining on anything older forks the chain.
			WorkingChain working = working(project, crochet);
			SchemaSnapshot models = workspace.hasModels() ? crochet.modelSchema() : SchemaSnapshot.empty();
			ResolvedMigration newest = working.newest();
			SchemaSnapshot base = base(project, crochet, newest, models);
			MigrationPlan plan = MigrationPlanner.plan(base, models,
					cypher ? MigrationPlanner.Target.CYPHER : MigrationPlanner.Target.JAVA, enterprise);
			if (plan.isEmpty() && !empty) {
				out().println("No schema changes since " + (newest == null ? "the start (no migrations yet)" : newest.id())
						+ "; nothing written (use --empty for a data migration)");
				return ExitCode.OK;
			}
			Path dir = cypher ? project.cypherMigrationsDir() : project.javaMigrationsDir();
			String id = RevisionNames.id(RevisionNames.nextNumber(existingNames(project, working.chain())), description);
			MigrationHeader header = new MigrationHeader(id, newest == null ? "" : newest.id(), models.hash(), description,
					cypher ? "" : project.migrationsPackage());
			Path file = dir.resolve(cypher ? id + ".cypher" : header.className() + ".java");
			if (Files.exists(file)) {
				throw new CliException(ExitCode.USAGE, project.relative(file) + " already exists; nothing was changed");
			}
			Files.createDirectories(dir);
			Files.writeString(file, cypher ? MigrationSource.cypher(header, plan) : MigrationSource.java(header, plan));
			// The next create-migration diffs against this snapshot, here or in a fresh clone (the file).
			crochet.ledger().saveSnapshot(models.hash(), models.toCanonicalJson());
			Path snapshot = SnapshotFiles.write(project.snapshotsDir(), models);
			out().println("Created " + project.relative(file) + " (revision " + id + ", parent "
					+ (newest == null ? "none" : newest.id()) + ", rollbackSafe = " + plan.rollbackSafe() + ") and its schema snapshot "
					+ project.relative(snapshot));
			for (SchemaChange change : plan.diff().changes()) {
				out().println("  " + (change.destructive() ? "! " : "  ") + change.describe());
			}
			if (!plan.rollbackSafe()) {
				out().println("Destructive changes: the migration is not rollback-safe; read its downgrade before applying it.");
			}
			if (!cypher && project.usesBuildClasses()) {
				out().println("Build the project (e.g. mvn compile) before 'crochet upgrade': it runs the compiled classes of"
						+ " [project] classpath, which do not hold this migration yet.");
			}
			SnapshotResources.offClassPath(project).ifPresent(out()::println);
			return ExitCode.OK;
		}
	}

	private static WorkingChain working(Project project, Crochet crochet) {
		try {
			return WorkingChain.of(project, crochet.chain());
		}
		catch (CliException ex) {
			throw new CliException(ex.exitCode(), ex.getMessage() + "; nothing was written", ex);
		}
	}

	/** The schema the newest migration was made for: the empty one before the first, else its snapshot (ledger, file, class path). */
	private SchemaSnapshot base(Project project, Crochet crochet, ResolvedMigration head, SchemaSnapshot models) {
		if (head == null) {
			return SchemaSnapshot.empty();
		}
		String hash = head.schemaHash();
		if (hash == null || hash.isBlank()) {
			throw new CliException(ExitCode.USAGE, "The head migration " + head.id()
					+ " declares no schema hash, so there is nothing to diff against; use --empty and write the operations by hand");
		}
		if (hash.equals(models.hash())) {
			return models;
		}
		return crochet.schemaSnapshot(hash).orElseThrow(() -> new CliException(ExitCode.USAGE,
				"Neither the ledger nor " + project.relative(project.snapshotsDir().resolve(SnapshotFiles.fileName(hash)))
						+ " holds the schema snapshot of head migration " + head.id()
						+ ", so the models cannot be diffed against it; restore the file from version control, or check out the"
						+ " models of " + head.id() + " and run 'crochet upgrade' once to record it, or use --empty"));
	}

	/** Ids and file names already taken, so a number is never reused even by a file the chain does not hold. */
	private static List<String> existingNames(Project project, MigrationChain chain) throws IOException {
		List<String> names = new ArrayList<>(chain.ids());
		for (Path dir : List.of(project.javaMigrationsDir(), project.cypherMigrationsDir())) {
			if (Files.isDirectory(dir)) {
				try (Stream<Path> files = Files.list(dir)) {
					files.map(p -> p.getFileName().toString()).forEach(names::add);
				}
			}
		}
		return names;
	}
}
