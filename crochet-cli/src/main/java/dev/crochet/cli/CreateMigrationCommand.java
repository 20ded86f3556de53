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

/** {@code crochet create-migration "add person node"}: a migration generated from the models' diff against the head. */
@Command(name = "create-migration", mixinStandardHelpOptions = true,
		description = { "Snapshot the models, diff them against the head migration's snapshot, and write",
				"migrations/V<NNNN>_<slug>.java (or <NNNN>_<slug>.cypher with --cypher) whose upgrade holds the generated",
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
			MigrationChain chain = crochet.chain();
			SchemaSnapshot models = workspace.hasModels() ? crochet.modelSchema() : SchemaSnapshot.empty();
			ResolvedMigration head = chain.head().orElse(null);
			SchemaSnapshot base = base(project, crochet, head, models);
			MigrationPlan plan = MigrationPlanner.plan(base, models,
					cypher ? MigrationPlanner.Target.CYPHER : MigrationPlanner.Target.JAVA, enterprise);
			if (plan.isEmpty() && !empty) {
				out().println("No schema changes since " + (head == null ? "the start (no migrations yet)" : head.id())
						+ "; nothing written (use --empty for a data migration)");
				return ExitCode.OK;
			}
			Path dir = project.migrationsDir();
			String id = RevisionNames.id(RevisionNames.nextNumber(existingNames(dir, chain)), description);
			MigrationHeader header = new MigrationHeader(id, head == null ? "" : head.id(), models.hash(), description,
					cypher ? "" : "migrations");
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
					+ (head == null ? "none" : head.id()) + ", rollbackSafe = " + plan.rollbackSafe() + ") and its schema snapshot "
					+ project.relative(snapshot));
			for (SchemaChange change : plan.diff().changes()) {
				out().println("  " + (change.destructive() ? "! " : "  ") + change.describe());
			}
			if (!plan.rollbackSafe()) {
				out().println("Destructive changes: the migration is not rollback-safe; read its downgrade before applying it.");
			}
			return ExitCode.OK;
		}
	}

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

	private static List<String> existingNames(Path dir, MigrationChain chain) throws IOException {
		List<String> names = new ArrayList<>(chain.ids());
		if (Files.isDirectory(dir)) {
			try (Stream<Path> files = Files.list(dir)) {
				files.map(p -> p.getFileName().toString()).forEach(names::add);
			}
		}
		return names;
	}
}
