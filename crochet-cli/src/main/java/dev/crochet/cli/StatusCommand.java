package dev.crochet.cli;

import dev.crochet.ProgressListener;
import dev.crochet.RevisionState;
import dev.crochet.Status;
import dev.crochet.migration.ResolvedMigration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/** {@code crochet status [--json]}. */
@Command(name = "status", mixinStandardHelpOptions = true, description = {
		"Show applied and pending migrations, the head, dataset batches (as recorded and as counted in the graph)",
		"and drift, the migration lock, a run that died mid-revision, and the last recovery." })
final class StatusCommand extends ProjectCommand {

	private static final String CREATE_MIGRATION = "crochet create-migration \"<description>\"";

	@Option(names = "--json", description = "Print JSON (for jq and scripts).")
	boolean json;

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.openForReading(projectWithMigrations(), true, ProgressListener.NONE,
				err())) {
			Status status = workspace.crochet().status();
			if (json) {
				printJson(JsonViews.status(status));
				return ExitCode.OK;
			}
			out().println("Project " + workspace.project().name() + " on " + workspace.where());
			out().println("History: " + workspace.history());
			out().println("Head: " + (status.head() == null ? "none (nothing applied)" : status.head()));
			List<ResolvedMigration> unbuilt = workspace.project().usesBuildClasses() ? notCompiled(workspace)
					: List.of();
			if (status.revisions().isEmpty() && unbuilt.isEmpty()) {
				out().println("No migrations yet: run 'crochet create-migration \"description\"'.");
			}
			for (RevisionState revision : status.revisions()) {
				out().printf("  %-8s %s%s%s%n", revision.state().name().toLowerCase(Locale.ROOT), revision.revision(),
						revision.rollbackSafe() ? "" : "  [not rollback-safe]",
						revision.appliedAt() == null ? "" : "  applied " + revision.appliedAt());
			}
			out().println("Pending: " + status.pending().size());
			if (!unbuilt.isEmpty()) {
				out().println(
						"Not compiled yet (build the project, e.g. mvn compile, so that 'crochet upgrade' sees them):");
				unbuilt.forEach(m -> out().println("  " + m.id() + "  " + m.location()));
			}
			status.batchCounts()
				.forEach(c -> out().println("  batch " + c.batch().batchId() + " (" + c.batch().migrationId() + "): "
						+ c.batch().recordCount() + " records, " + c.batch().status() + ", " + c.inGraph()
						+ " in the graph"));
			if (status.drift() != null) {
				// A migration not compiled yet is not in the chain the models are
				// compared
				// with: the hint is to compile, not to write another migration.
				out().println(
						"Drift: " + status.drift().describe(CREATE_MIGRATION, "crochet upgrade", !unbuilt.isEmpty()));
			}
			if (status.lastRecovery() != null) {
				out().println("Last recovery: " + status.lastRecovery().at() + " " + status.lastRecovery().detail());
			}
			// What verify would fail on: a run that died, a held lock, a batch the graph
			// does not hold as recorded.
			if (!status.dataProblems().isEmpty()) {
				out().println("Problems:");
				status.dataProblems().forEach(p -> out().println("  " + p));
			}
			return ExitCode.OK;
		}
	}

	/**
	 * With [project] classpath a migration written but not built yet is not pending; say
	 * so rather than show "Pending: 0" alone.
	 */
	private List<ResolvedMigration> notCompiled(Workspace workspace) {
		try {
			return WorkingChain.of(workspace.project(), workspace.crochet().chain()).uncompiled();
		}
		catch (CliException ex) {
			out().println("Migration sources: " + ex.getMessage());
			return List.of();
		}
	}

}
