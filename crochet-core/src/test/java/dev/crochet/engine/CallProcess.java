package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.migration.ResolvedMigration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.crochet.engine.Steps.step;

/**
 * The child JVM of {@link KilledCallIT}: upgrades or downgrades {@link #CHAIN} with the
 * history in the graph ledger or in a ledger file, with a fault point armed by the
 * command line, so the test can kill it between two revisions.
 */
public final class CallProcess {

	/** Five schema-only revisions, each a unique constraint on a label of its own. */
	static final List<ResolvedMigration> CHAIN = chain();

	private CallProcess() {
	}

	private static List<ResolvedMigration> chain() {
		List<ResolvedMigration> chain = new ArrayList<>();
		String parent = null;
		for (int i = 1; i <= 5; i++) {
			String id = "000" + i + "_label_" + i;
			String label = "L" + i;
			chain.add(step(id, parent, c -> c.addUniqueConstraint(label, "id"),
					c -> c.dropUniqueConstraint(label, "id")));
			parent = id;
		}
		return List.copyOf(chain);
	}

	/** {@code <uri> <graph|file:path> <upgrade|downgrade>} */
	public static void main(String[] args) {
		Crochet.Builder builder = Crochet.configure().uri(args[0]).migrations(CHAIN);
		if (args[1].equals("graph")) {
			builder.ledger(LedgerStore.GRAPH);
		}
		else {
			builder.ledger(Path.of(args[1].substring("file:".length())));
		}
		try (Crochet crochet = builder.load()) {
			System.out.println(args[2].equals("upgrade") ? crochet.upgrade().message()
					: crochet.downgrade(Crochet.BASE).message());
		}
	}

}
