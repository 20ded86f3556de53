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

	private static String remedy(Path file) {
		return "Restore it from a backup, or salvage what SQLite can still read (sqlite3 " + file
				+ " .recover), then run 'crochet verify'";
	}

}
