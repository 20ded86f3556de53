package dev.crochet.cli;

import dev.crochet.ProgressListener;
import dev.crochet.ledger.Ledger;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.Optional;

/** {@code crochet unlock}: clears a lock left by a run that died. */
@Command(name = "unlock", mixinStandardHelpOptions = true,
		description = { "Remove the migration lock from the ledger and the graph, after a run died while holding it.",
				"Make sure no other upgrade or downgrade is running first." })
final class UnlockCommand extends ProjectCommand {

	@Override
	public Integer call() {
		try (Workspace workspace = Workspace.open(project(), true, ProgressListener.NONE)) {
			Ledger ledger = workspace.crochet().ledger();
			Optional<String> holder = ledger.lockHolder();
			ledger.forceUnlock();
			// The graph lock node is Crochet's internal _CrochetLock; the facade has no verb for it yet.
			workspace.crochet().runCypher("MATCH (l:_CrochetLock) DELETE l", Map.of());
			out().println(holder.map(h -> "Removed the ledger lock held by " + h).orElse("The ledger was not locked")
					+ "; the graph lock is cleared.");
			return ExitCode.OK;
		}
	}
}
