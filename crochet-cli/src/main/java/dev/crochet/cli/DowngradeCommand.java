package dev.crochet.cli;

import dev.crochet.MigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crochet downgrade [--target R] [--dry-run]}. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
		description = { "Revert the most recent migration, or every migration above --target (which stays applied;",
				"'base' reverts all). Refuses before reverting anything if one of them is not rollback-safe.",
				"--dry-run executes nothing and prints every Cypher statement." })
final class DowngradeCommand extends ProjectCommand {

	@Option(names = "--target", paramLabel = "REVISION", description = "Revision to go back to ('base' for none).")
	String target;

	@Option(names = "--dry-run", description = "Print the Cypher instead of running it.")
	boolean dryRun;

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.open(projectWithMigrations(), true, progress("downgrade"))) {
			MigrationResult result = workspace.watchingSpace(() -> workspace.crochet().downgrade(target, dryRun));
			MigrateOutput.print(out(), result, dryRun ? "downgrade" : "reverted");
			return ExitCode.OK;
		}
	}

}
