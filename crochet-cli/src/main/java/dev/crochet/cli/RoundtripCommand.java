package dev.crochet.cli;

import dev.crochet.ProgressListener;
import dev.crochet.embedded.Folders;
import dev.crochet.mutation.MutationReport;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code crochet roundtrip [--full|--stepwise]}: on a throwaway database, never the
 * configured one.
 */
@Command(name = "roundtrip", mixinStandardHelpOptions = true, description = {
		"Run every migration up and down on a THROWAWAY embedded database with a temporary ledger",
		"(never the configured one) and check that each downgrade leaves no trace in schema or data.",
		"--stepwise (default): up, down, up per revision. --full: up all, down all, up all.",
		"--uri runs it on that (empty) database instead. Exit 1 with the report when a revision's round trip fails; its last line names each failure's kind.",
		"--mutants also runs it on wrong versions of each downgrade and lists those it cannot tell from the right one." })
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

	@Option(names = "--uri", paramLabel = "URI",
			description = "An empty Neo4j to use instead of a throwaway embedded one"
					+ " (credentials from CROCHET_NEO4J_USERNAME / CROCHET_NEO4J_PASSWORD).")
	String uri;

	@Option(names = "--json", description = "Print JSON (for jq and scripts).")
	boolean json;

	@Option(names = "--mutants",
			description = "Mutation check: run the stepwise round trip on mutants of each downgrade"
					+ " (an operation dropped, a wrong inverse, a batch delete widened or narrowed) and list the survivors."
					+ " Exit 0 when only mutants survive (see --strict).")
	boolean mutants;

	@Option(names = "--strict", description = "With --mutants: exit 1 when any mutant survives.")
	boolean strict;

	@Override
	public Integer call() throws IOException {
		if (mutants) {
			return mutationCheck();
		}
		if (strict) {
			throw new CliException(ExitCode.USAGE, "--strict only applies to --mutants");
		}
		Project project = projectWithMigrations();
		RoundTripMode roundTripMode = mode != null && mode.full ? RoundTripMode.FULL : RoundTripMode.STEPWISE;
		Path scratch = Files.createTempDirectory("crochet-roundtrip-");
		try (Workspace workspace = Workspace.open(project, true, ProgressListener.NONE,
				new Workspace.Target(uri, uri != null, scratch.resolve("ledger.db")), null)) {
			if (uri != null && !workspace.crochet().fingerprint().isEmpty()) {
				throw new CliException(ExitCode.USAGE,
						"roundtrip needs an empty database, and " + uri + " holds data or schema; nothing was changed");
			}
			RoundTripReport report = workspace.crochet().roundTrip(roundTripMode, target, List.of());
			if (json) {
				printJson(JsonViews.roundTrip(report));
			}
			else {
				out().println("Round trip (" + roundTripMode.name().toLowerCase(Locale.ROOT) + ") on "
						+ (uri == null ? "a throwaway embedded database" : uri) + ":");
				out().println(report.describe());
				out().println(report.summary());
			}
			return report.leavesNoTrace() ? ExitCode.OK : ExitCode.PROBLEMS;
		}
		finally {
			Folders.delete(scratch);
		}
	}

	/**
	 * Survivors exit 0 unless {@code --strict}: most are equivalent on the data the chain
	 * has (a widened delete where no other batch holds that label), which says how
	 * sensitive the round trip is, not that a migration is wrong. A revision whose own
	 * round trip fails is wrong, and exits 1 as without {@code --mutants}.
	 */
	private Integer mutationCheck() throws IOException {
		if ((mode != null && mode.full) || target != null || json) {
			throw new CliException(ExitCode.USAGE, "--mutants checks every revision stepwise, as text: it cannot be"
					+ " combined with --full, --target or --json");
		}
		Project project = projectWithMigrations();
		Path scratch = Files.createTempDirectory("crochet-mutants-");
		try (Workspace workspace = Workspace.open(project, true, ProgressListener.NONE,
				new Workspace.Target(uri, uri != null, scratch.resolve("ledger.db")), null)) {
			if (uri != null && !workspace.crochet().fingerprint().isEmpty()) {
				throw new CliException(ExitCode.USAGE, "roundtrip --mutants needs an empty database, and " + uri
						+ " holds data or schema; nothing was changed");
			}
			MutationReport report = workspace.crochet().mutationCheck();
			out().println("Mutation check on " + (uri == null ? "a throwaway embedded database" : uri) + " ("
					+ report.millis() / 1000 + " s):");
			out().println(report.describe());
			if (report.chainFails()) {
				out().println("A revision's own round trip fails: see above.");
				return ExitCode.PROBLEMS;
			}
			if (report.survivors().isEmpty()) {
				out().println("Every mutant is killed: the round trip tells each wrong downgrade from the right one.");
				return ExitCode.OK;
			}
			out().println(
					report.survivors().size() + " mutant(s) survived: the round trip cannot tell them from the right"
							+ " downgrade on this data" + (strict ? "." : " (exit 0; --strict makes this exit 1)."));
			return strict ? ExitCode.PROBLEMS : ExitCode.OK;
		}
		finally {
			Folders.delete(scratch);
		}
	}

}
