package dev.crochet.cli;

import dev.crochet.MigrationResult;
import dev.crochet.RevisionRun;

import java.io.PrintWriter;

/** How {@code upgrade} and {@code downgrade} report a {@link MigrationResult}. */
final class MigrateOutput {

	private MigrateOutput() {
	}

	static void print(PrintWriter out, MigrationResult result, String verb) {
		if (result.dryRun()) {
			out.println("Dry run: nothing was executed or recorded.");
			for (RevisionRun run : result.runs()) {
				out.println(
						"-- " + verb + " " + run.revision() + (run.description() == null || run.description().isBlank()
								? "" : " (" + run.description() + ")"));
				run.statements().forEach(s -> out.println(s.endsWith(";") ? s : s + ";"));
			}
			if (result.runs().isEmpty()) {
				out.println("Nothing to " + verb + ".");
			}
			out.flush();
			return;
		}
		for (RevisionRun run : result.runs()) {
			out.println("  " + verb + " " + run.revision() + " (" + run.statements().size() + " statement"
					+ (run.statements().size() == 1 ? "" : "s") + ", " + run.durationMillis() + " ms)");
		}
		out.println(result.message());
		out.flush();
	}

}
