package dev.crochet.cli;

import dev.crochet.ConnectionException;
import dev.crochet.Drift;
import dev.crochet.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code crochet check}: drift between models, migrations and the live schema; exit 1 on
 * drift (for CI).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Check for drift: models changed without a migration, and (when Neo4j is reachable) live",
				"constraints and indexes that differ from what the models declare. Exit 1 on drift; for CI." })
final class CheckCommand extends ProjectCommand {

	@Option(names = "--json", description = "Print JSON (for jq and scripts).")
	boolean json;

	@Option(names = "--offline", description = "Do not look at the live schema (models against migrations only).")
	boolean offline;

	@Override
	public Integer call() {
		Project project = projectWithMigrations();
		boolean live = !offline;
		try (Workspace workspace = Workspace.open(project, live && project.uri() == null, ProgressListener.NONE)) {
			if (!workspace.hasModels()) {
				throw new CliException(ExitCode.USAGE,
						"No models in " + project.relative(project.modelsDir()) + "; nothing to check");
			}
			workspace.crochet().chain();
			String liveNote = null;
			Drift drift;
			if (live) {
				try {
					drift = workspace.crochet().drift();
				}
				catch (ConnectionException unreachable) {
					liveNote = "live schema not checked: " + unreachable.getMessage();
					drift = workspace.crochet().modelDrift();
				}
			}
			else {
				liveNote = "live schema not checked (--offline)";
				drift = workspace.crochet().modelDrift();
			}
			if (json) {
				Map<String, Object> view = new LinkedHashMap<>(JsonViews.drift(drift));
				view.put("liveChecked", liveNote == null);
				printJson(view);
			}
			else {
				out().println(drift.hasDrift() ? drift.describe() : noDrift(drift, liveNote == null));
				if (!drift.hasDrift()) {
					// Ignored items are listed whatever the outcome; describe() already
					// has them when there is drift.
					drift.ignoredInGraph().forEach(i -> out().println(i.describe()));
				}
				if (liveNote != null) {
					out().println("Note: " + liveNote);
				}
			}
			return drift.hasDrift() ? ExitCode.PROBLEMS : ExitCode.OK;
		}
	}

	private static String noDrift(Drift drift, boolean liveChecked) {
		if (drift.modelsChecked()) {
			return "No drift: the models match the head migration" + (liveChecked ? " and the live schema." : ".");
		}
		return (liveChecked ? "No drift: the live schema matches the models." : "No drift found.")
				+ System.lineSeparator() + "Note: " + Drift.MODELS_NOT_CHECKED;
	}

}
