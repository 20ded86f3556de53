package dev.crochet.cli;

import dev.crochet.ProgressListener;
import dev.crochet.RevisionState;
import dev.crochet.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crochet status [--json]}. */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = "Show applied and pending migrations, the head, dataset batches and drift.")
final class StatusCommand extends ProjectCommand {

	@Option(names = "--json", description = "Print JSON (for jq and scripts).")
	boolean json;

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.open(project(), true, ProgressListener.NONE)) {
			Status status = workspace.crochet().status();
			if (json) {
				printJson(JsonViews.status(status));
				return ExitCode.OK;
			}
			out().println("Project " + workspace.project().name() + " on " + workspace.where());
			out().println("Head: " + (status.head() == null ? "none (nothing applied)" : status.head()));
			if (status.revisions().isEmpty()) {
				out().println("No migrations yet: run 'crochet create-migration \"description\"'.");
			}
			for (RevisionState revision : status.revisions()) {
				out().printf("  %-8s %s%s%s%n", revision.state().name().toLowerCase(java.util.Locale.ROOT), revision.revision(),
						revision.rollbackSafe() ? "" : "  [not rollback-safe]",
						revision.appliedAt() == null ? "" : "  applied " + revision.appliedAt());
			}
			out().println("Pending: " + status.pending().size());
			status.batches().forEach(b -> out().println("  batch " + b.batchId() + " (" + b.migrationId() + "): "
					+ b.recordCount() + " records, " + b.status()));
			if (status.drift() != null) {
				out().println("Drift: " + status.drift().describe());
			}
			return ExitCode.OK;
		}
	}
}
