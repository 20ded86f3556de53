package dev.crochet.cli;

import picocli.CommandLine.Command;

/**
 * {@code crochet ledger rebuild}: writes a lost ledger file again from the graph, saying
 * what the graph could not tell.
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
		description = {
				"Write the project's lost ledger file again from the graph: the revisions up to the graph's head,",
				"their snapshots and the batches its data is tagged with. Never overwrites a ledger." })
final class LedgerRebuildCommand extends ProjectCommand {

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.open(projectWithMigrations(), true, progress("rebuild"))) {
			out().println(workspace.crochet().rebuildLedger().describe());
			return ExitCode.OK;
		}
	}

}
