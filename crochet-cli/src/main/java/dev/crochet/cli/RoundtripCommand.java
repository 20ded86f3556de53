package dev.crochet.cli;

import dev.crochet.ProgressListener;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code crochet roundtrip [--full|--stepwise]}: on a throwaway database, never the configured one. */
@Command(name = "roundtrip", mixinStandardHelpOptions = true,
		description = { "Run every migration up and down on a THROWAWAY embedded database with a temporary ledger",
				"(never the configured one) and check that each downgrade leaves no trace in schema or data.",
				"--stepwise (default): up, down, up per revision. --full: up all, down all, up all.",
				"--uri runs it on that (empty) database instead. Exit 1 with the report when a revision's round trip fails; its last line names each failure's kind." })
final class RoundtripCommand extends ProjectCommand {

	static final class Mode {

		@Option(names = "--full", description = "Up all, down all, up all.")
		boolean full;

		@Option(names = "--stepwise", description = "Up, down, up for each revision (default).")
		boolean stepwise;
	}

	@ArgGroup(exclusive = true)
	Mode mode;

	@Option(names = "--target", paramLabel = "REVISION", description = "Stop at this revision.")
	String target;

	@Option(names = "--uri", paramLabel = "URI", description = "An empty Neo4j to use instead of a throwaway embedded one"
			+ " (credentials from CROCHET_NEO4J_USERNAME / CROCHET_NEO4J_PASSWORD).")
	String uri;

	@Option(names = "--json", description = "Print JSON (for jq and scripts).")
	boolean json;

	@Override
	public Integer call() throws IOException {
		Project project = project();
		RoundTripMode roundTripMode = mode != null && mode.full ? RoundTripMode.FULL : RoundTripMode.STEPWISE;
		Path scratch = Files.createTempDirectory("crochet-roundtrip-");
		try (Workspace workspace = Workspace.open(project, true, ProgressListener.NONE,
				new Workspace.Target(uri, uri != null, scratch.resolve("ledger.db")), null)) {
			if (uri != null && !workspace.crochet().fingerprint().isEmpty()) {
				throw new CliException(ExitCode.USAGE, "roundtrip needs an empty database, and " + uri
						+ " holds data or schema; nothing was changed");
			}
			RoundTripReport report = workspace.crochet().roundTrip(roundTripMode, target, java.util.List.of());
			if (json) {
				printJson(JsonViews.roundTrip(report));
			}
			else {
				out().println("Round trip (" + roundTripMode.name().toLowerCase(java.util.Locale.ROOT) + ") on "
						+ (uri == null ? "a throwaway embedded database" : uri) + ":");
				out().println(report.describe());
				out().println(report.summary());
			}
			return report.leavesNoTrace() ? ExitCode.OK : ExitCode.PROBLEMS;
		}
		finally {
			ProjectClasses.delete(scratch);
		}
	}
}
