package dev.crochet.cli;

import dev.crochet.ProgressListener;
import picocli.CommandLine.Command;

import java.util.Optional;

/** {@code crochet unlock}: clears a lock left by a run that died. */
@Command(name = "unlock", mixinStandardHelpOptions = true,
		description = { "Remove the migration lock from the ledger and the graph, after a run died while holding it.",
				"Make sure no other upgrade or downgrade is running first." })
final class UnlockCommand extends ProjectCommand {

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.openWithoutClasses(project(), ProgressListener.NONE)) {
			Optional<String> holder = workspace.crochet().forceUnlock();
			out().println(holder.map(h -> "Removed the ledger lock held by " + h).orElse("The ledger was not locked")
					+ "; the graph lock is cleared.");
			// The lock goes, the journal stays: it is what tells the next run what to
			// clean up or finish.
			workspace.crochet()
				.ledger()
				.intent()
				.ifPresent(i -> out().println("A run died during the " + i.describe()
						+ "; the next 'crochet upgrade' or 'crochet downgrade' recovers it first."));
			return ExitCode.OK;
		}
	}

}
