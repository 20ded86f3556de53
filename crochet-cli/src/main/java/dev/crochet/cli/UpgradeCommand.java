package dev.crochet.cli;

import dev.crochet.MigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crochet upgrade [--target R] [--dry-run]}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
		description = { "Apply pending migrations in chain order, up to and including --target (default: all).",
				"--dry-run executes nothing and prints every Cypher statement." })
final class UpgradeCommand extends ProjectCommand {

	@Option(names = "--target", paramLabel = "REVISION", description = "Last revision to apply.")
	String target;

	@Option(names = "--dry-run", description = "Print the Cypher instead of running it.")
	boolean dryRun;

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.open(projectWithMigrations(), true, progress("upgrade"))) {
			MigrationResult result = workspace.watchingSpace(() -> workspace.crochet().upgrade(target, dryRun));
			MigrateOutput.print(out(), result, dryRun ? "upgrade" : "applied");
			return ExitCode.OK;
		}
	}

}
