package dev.crochet.ledger;

import java.nio.file.Path;
import java.util.List;

/**
 * SQLite's {@code PRAGMA quick_check} finds the ledger file damaged (pages overwritten, a
 * torn write): nothing that would change the graph runs on it, since a run that changes
 * the graph and then cannot record it leaves the two disagreeing for good.
 *
 * <pre>{@code
 * The ledger /p/.crochet/ledger.db is damaged (SQLite quick_check: Tree 12 page 44: btreeInitPage() returns
 * error code 11, and 2 more; in the table events); nothing was run. Restore it from a backup, ...
 * }</pre>
 */
public final class LedgerDamagedException extends LedgerException {

	private static final long serialVersionUID = 1L;

	private final List<String> damage;

	private final String finding;

	/**
	 * @param damage what quick_check reported, one problem a line (not empty)
	 * @param parts the tables and indexes the damaged pages belong to, as
	 * {@code table events}; empty when unknown
	 */
	public LedgerDamagedException(Path file, List<String> damage, List<String> parts) {
		super(finding(file, damage, parts) + "; nothing was run. " + remedy(file));
		this.damage = List.copyOf(damage);
		this.finding = finding(file, damage, parts) + ". " + remedy(file);
	}

	/**
	 * The graph ledger's records are ambiguous (its nodes duplicated by hand, or written
	 * by a newer Crochet).
	 * @param location where the history is, as {@link LedgerView#location()} names it
	 * @param damage what is wrong, one problem a line (not empty)
	 */
	public LedgerDamagedException(String location, List<String> damage) {
		super(graphFinding(location, damage) + "; nothing was run. " + GRAPH_REMEDY);
		this.damage = List.copyOf(damage);
		this.finding = graphFinding(location, damage) + ". " + GRAPH_REMEDY;
	}

	/** What quick_check reported, one problem a line, as SQLite words it. */
	public List<String> damage() {
		return damage;
	}

	/**
	 * The damage and what to do, without "nothing was run": how {@code verify} reports
	 * it.
	 */
	public String finding() {
		return finding;
	}

	private static String finding(Path file, List<String> damage, List<String> parts) {
		return "The ledger " + file + " is damaged (SQLite quick_check: " + damage.get(0)
				+ (damage.size() > 1 ? ", and " + (damage.size() - 1) + " more" : "")
				+ (parts.isEmpty() ? "" : "; in the " + String.join(", the ", parts)) + ")";
	}

	private static final String GRAPH_REMEDY = "Remove the extra nodes by hand (keep the one with the highest seq),"
			+ " or upgrade Crochet to the version that wrote them, then run 'crochet verify'";

	private static String graphFinding(String location, List<String> damage) {
		String where = location.isEmpty() ? location
				: Character.toUpperCase(location.charAt(0)) + location.substring(1);
		return where + " is damaged (" + String.join("; ", damage) + ")";
	}

	private static String remedy(Path file) {
		return "Restore it from a backup, or salvage what SQLite can still read (sqlite3 " + file
				+ " .recover), then run 'crochet verify'";
	}

}
