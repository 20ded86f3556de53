package dev.crochet;

import java.util.List;

/**
 * A database migrated before Crochet, recorded as being at a revision by
 * {@link Crochet#baseline(String)} (Flyway's baseline): the chain up to and including
 * that revision is recorded as applied without running, and {@code upgrade} applies only
 * what follows.
 *
 * <pre>{@code
 * Baseline baseline = crochet.baseline("0003_add_orders");
 * System.out.println(baseline.describe());
 * crochet.upgrade(); // 0004 onwards
 * }</pre>
 *
 * @param revision the revision the database is at now
 * @param recorded the revisions recorded as applied, in chain order
 * @param snapshots schema snapshots saved
 * @param location where the history is kept
 * @param schema whether and how the live schema was checked against the revision's
 * snapshot
 */
public record Baseline(String revision, List<String> recorded, int snapshots, String location, String schema) {

	public Baseline {
		recorded = List.copyOf(recorded);
	}

	public String describe() {
		return "Baselined at " + revision + ": recorded " + LedgerTransfer.plural(recorded.size(), "revision")
				+ " as applied without running them (" + String.join(", ", recorded) + ") and "
				+ LedgerTransfer.plural(snapshots, "schema snapshot") + " in " + location + "; " + schema
				+ ". 'upgrade' applies what follows " + revision + ".";
	}

}
