package dev.crochet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crochet ledger import | rebuild}: moving a history between its two stores, and
 * recovering a lost ledger file. Alone, it shows its subcommands.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
		description = { "Move the ledger file's history into the graph (import), or write a lost ledger file again"
				+ " from the graph (rebuild)." },
		subcommands = { LedgerImportCommand.class, LedgerRebuildCommand.class })
final class LedgerCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

}
