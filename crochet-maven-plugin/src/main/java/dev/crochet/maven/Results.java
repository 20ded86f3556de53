package dev.crochet.maven;

import dev.crochet.MigrationResult;
import dev.crochet.RevisionRun;
import org.apache.maven.plugin.logging.Log;

import java.util.Locale;

/**
 * How the upgrade and downgrade goals log a {@link MigrationResult}: each revision, a dry
 * run's statements, the summary.
 */
final class Results {

	private Results() {
	}

	static void log(Log log, MigrationResult result) {
		for (RevisionRun run : result.runs()) {
			log.info((result.dryRun() ? "Would run " : "Ran ") + run.direction().name().toLowerCase(Locale.ROOT)
					+ " of " + run.revision() + (result.dryRun() ? ":" : " (" + run.durationMillis() + " ms)"));
			if (result.dryRun()) {
				run.statements().forEach(statement -> log.info("  " + statement));
			}
		}
		log.info(result.message());
	}

}
