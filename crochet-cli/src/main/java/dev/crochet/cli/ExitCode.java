package dev.crochet.cli;

/**
 * The documented exit codes of {@code crochet}; scripts and CI steps can rely on them.
 *
 * <pre>{@code
 * crochet check || echo "drift: exit $?"
 * }</pre>
 */
public final class ExitCode {

	/** Done. */
	public static final int OK = 0;

	/**
	 * {@code check}, {@code verify} or {@code roundtrip} found problems (drift, a failed
	 * check, a trace).
	 */
	public static final int PROBLEMS = 1;

	/**
	 * Bad usage or project: options, {@code crochet.toml}, compile errors, models, chain,
	 * unknown revision, refusing to overwrite.
	 */
	public static final int USAGE = 2;

	/**
	 * A migration failed, or was refused before anything ran (rollback-unsafe, edition,
	 * changed checksum, a ledger missing for a migrated graph, a damaged ledger).
	 */
	public static final int MIGRATION_FAILED = 3;

	/** Neo4j unreachable, credentials refused, or the embedded store cannot start. */
	public static final int CONNECTION = 4;

	/** Another run holds the ledger's or the graph's migration lock. */
	public static final int LOCKED = 5;

	/**
	 * Stopped by Ctrl-C (SIGINT, 128 + 2): the revision in progress was rolled back, a
	 * FAILURE event recorded and the lock released.
	 */
	public static final int INTERRUPTED = 130;

	/** Stopped by SIGTERM (128 + 15), as {@link #INTERRUPTED}. */
	public static final int TERMINATED = 143;

	/** A bug in Crochet: please report it with the output of {@code --verbose}. */
	public static final int INTERNAL = 70;

	/** The table shown at the end of {@code crochet --help} and in the README. */
	static final String TABLE = """
			Exit codes:
			  0   ok
			  1   check, verify or roundtrip found problems
			  2   usage or project error (options, crochet.toml, compile error, model, chain, unknown revision)
			  3   migration failed, or refused before running (rollback-unsafe, edition, changed checksum, ledger missing or damaged)
			  4   Neo4j unreachable or credentials refused
			  5   locked by another run (see 'crochet unlock')
			  130 interrupted by Ctrl-C (SIGINT): the revision in progress was rolled back, the lock released
			  143 stopped by SIGTERM: as 130
			  70  internal error""";

	private ExitCode() {
	}

}
