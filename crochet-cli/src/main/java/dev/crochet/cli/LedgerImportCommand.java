package dev.crochet.cli;

import dev.crochet.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code crochet ledger import [--file <path>]}: moves a ledger file's history into the
 * graph, once, so every machine that migrates the database shares it.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Copy the ledger file's history into the graph, once: afterwards the graph keeps its history",
				"itself ([ledger] store = \"graph\") and the file is only a backup." })
final class LedgerImportCommand extends ProjectCommand {

	@Option(names = "--file", paramLabel = "PATH",
			description = "The ledger file to import (relative to the current folder). Default: the project's"
					+ " ledger ([ledger] path).")
	Path file;

	@Override
	public Integer call() {
		Project project = project();
		Path source = file == null ? project.ledgerFile() : file.toAbsolutePath();
		try (Workspace workspace = Workspace.openWithoutClasses(project, ProgressListener.NONE)) {
			out().println(workspace.crochet().importLedger(source).describe());
			return ExitCode.OK;
		}
	}

}
