package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.CrochetException;
import dev.crochet.LedgerStore;
import dev.crochet.migration.ResolvedMigration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;

/**
 * A chain whose second revision sleeps while it declares (inside the lock), so that two
 * concurrent upgrades certainly overlap; shared by the lock tests and the child JVM they
 * start.
 */
final class SlowChain {

	static final long SLEEP_MILLIS = 2_000;

	private SlowChain() {
	}

	static List<ResolvedMigration> migrations() {
		return List.of(step("0001_items", null, c -> c.addUniqueConstraint("Item", "id"),
				c -> c.dropUniqueConstraint("Item", "id")), step("0002_slow_load", "0001_items", c -> {
					sleep();
					c.beginBatch("items");
					c.createNodes("Item", List.of(Map.of("id", 1), Map.of("id", 2), Map.of("id", 3)));
				}, c -> c.deleteNodesByBatch("Item", "items")), step("0003_marker", "0002_slow_load",
						c -> c.runCypher("CREATE (:Marker)"), c -> c.runCypher("MATCH (m:Marker) DELETE m")));
	}

	private static void sleep() {
		try {
			Thread.sleep(SLEEP_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Upgrades and describes the outcome in one line: {@code APPLIED n} or the
	 * exception's class and message.
	 */
	static String upgrade(String uri, Path ledger) {
		return upgrade(Crochet.configure().uri(uri).ledger(ledger));
	}

	/** As {@link #upgrade(String, Path)}, keeping the history in the graph. */
	static String upgradeWithGraphLedger(String uri) {
		return upgrade(Crochet.configure().uri(uri).ledger(LedgerStore.GRAPH));
	}

	private static String upgrade(Crochet.Builder builder) {
		try (Crochet crochet = builder.migrations(migrations()).load()) {
			return "APPLIED " + crochet.upgrade().runs().size();
		}
		catch (CrochetException ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

}
