package dev.crochet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crochet baseline --revision <id>}: records a database migrated before Crochet as
 * being at a revision, as Flyway's {@code baseline} does.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
		description = { "Record a database migrated before Crochet as being at a revision: the chain up to it is",
				"recorded as applied without running, once the live schema is checked to be that revision's.",
				"'upgrade' then applies what follows." })
final class BaselineCommand extends ProjectCommand {

	@Option(names = "--revision", required = true, paramLabel = "ID",
			description = "The revision the database is at now.")
	String revision;

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.open(projectWithMigrations(), true, progress("baseline"))) {
			out().println(workspace.crochet().baseline(revision).describe());
			return ExitCode.OK;
		}
	}

}
