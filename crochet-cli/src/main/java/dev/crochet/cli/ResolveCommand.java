package dev.crochet.cli;

import dev.crochet.ProgressListener;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crochet resolve --ran | --run-again}: settles a step that a killed run left in
 * doubt. Crochet finishes an interrupted revision from exactly where the graph says it
 * stopped, except inside raw Cypher, which may or may not have committed; the next run
 * then refuses until a person has looked (as Liquibase's {@code mark-next-changeset-ran}
 * lets a person say what ran).
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
		description = { "Say whether the raw Cypher step a killed run stopped in had run, after checking the graph.",
				"The next upgrade or downgrade then goes on after it (--ran) or runs it again (--run-again)." })
final class ResolveCommand extends ProjectCommand {

	/** Exactly one of the two: picocli refuses neither or both, naming them. */
	static final class Decision {

		@Option(names = "--ran", required = true, description = "The step ran: go on after it.")
		boolean ran;

		@Option(names = "--run-again", required = true, description = "The step did not run: run it again.")
		boolean runAgain;

	}

	@ArgGroup(exclusive = true, multiplicity = "1")
	Decision decision;

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.open(projectWithMigrations(), true, ProgressListener.NONE)) {
			out().println("Recorded: " + workspace.crochet().resolveInterruptedStep(decision.ran)
					+ ". Run the same command again to finish it.");
			return ExitCode.OK;
		}
	}

}
