package dev.crochet.cli;

import dev.crochet.ProgressListener;
import dev.crochet.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crochet verify [--json]}: exit 1 when a check fails. */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = {
				"Check the ledger chain, that applied migrations are still present and unchanged, schema hashes,",
				"that ledger and graph agree, and batch source files. Exit 1 when a check fails." })
final class VerifyCommand extends ProjectCommand {

	@Option(names = "--json", description = "Print JSON (for jq and scripts).")
	boolean json;

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.openForReading(projectWithMigrations(), true, ProgressListener.NONE,
				err())) {
			VerifyReport report = workspace.crochet().verify();
			if (json) {
				printJson(JsonViews.verify(report));
			}
			else {
				out().println("History: " + workspace.history());
				out().println(report.describe());
				out().println(report.ok() ? "Verified: no problems."
						: "Verification failed: " + report.problems().size() + " problem(s).");
			}
			return report.ok() ? ExitCode.OK : ExitCode.PROBLEMS;
		}
	}

}
