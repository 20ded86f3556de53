package dev.crochet.cli;

import dev.crochet.ConnectionException;
import dev.crochet.CrochetException;
import dev.crochet.LockedException;
import dev.crochet.MigrationFailedException;
import dev.crochet.MigrationInterruptedException;
import dev.crochet.RollbackUnsafeException;
import dev.crochet.UnsupportedEditionException;
import dev.crochet.ValidationException;
import dev.crochet.embedded.EmbeddedNeo4jException;
import dev.crochet.ledger.LedgerDamagedException;
import dev.crochet.migration.ChainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code crochet} command.
 *
 * <pre>{@code
 * int exit = CrochetCli.commandLine(System.getenv()).execute("status", "--json");
 * }</pre>
 */
@Command(name = "crochet", mixinStandardHelpOptions = true, versionProvider = CrochetCli.Version.class,
		description = "Versioned schema and data migrations for Neo4j graphs described by Neo4j-OGM models.",
		subcommands = { NewProjectCommand.class, CreateNodeCommand.class, CreateRelationshipCommand.class,
				CreateMigrationCommand.class, RecordSchemaCommand.class, UpgradeCommand.class, DowngradeCommand.class,
				StatusCommand.class, VerifyCommand.class, CheckCommand.class, RoundtripCommand.class,
				UnlockCommand.class, ResolveCommand.class, LedgerCommand.class, BaselineCommand.class,
				CommandLine.HelpCommand.class },
		footer = { "",
				"Neo4j: [neo4j] uri in crochet.toml, or an embedded store under .crochet/neo4j when none is set.",
				"Environment: CROCHET_NEO4J_URI, CROCHET_NEO4J_USERNAME, CROCHET_NEO4J_PASSWORD (the password is only read from here).",
				"", ExitCode.TABLE })
public final class CrochetCli implements Runnable {

	@Option(names = "--project-dir", scope = ScopeType.INHERIT, paramLabel = "DIR", defaultValue = ".",
			description = "The project folder (holding crochet.toml). Default: the current folder.")
	Path projectDir;

	@Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces and more detail.")
	boolean verbose;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Held strongly: java.util.logging forgets levels set on loggers nobody references.
	 */
	private static final Logger DRIVER_LOG = Logger.getLogger("org.neo4j.driver");

	/**
	 * The driver warns of every transaction it retries, with the failure's whole stack
	 * trace. A retry is the driver doing its job: two runs creating a graph's head mirror
	 * at once (two projects on one server) deadlock in Neo4j, and the retry resolves it
	 * (see GraphLock); a failure that outlasts the retries reaches the command, which
	 * reports it in one line. So the loser of such a race printed 60 lines of a deadlock
	 * it never had to know about above "The graph is locked by ...". Shown with
	 * {@code --verbose}, as every stack trace is.
	 */
	static final Logger RETRY_LOG = Logger.getLogger("org.neo4j.driver.internal.retry.ExponentialBackoffRetryLogic");

	private final Map<String, String> environment;

	private CrochetCli(Map<String, String> environment) {
		this.environment = Map.copyOf(environment);
	}

	public static void main(String[] args) {
		InterruptSignals.install();
		int code = commandLine(System.getenv()).execute(args);
		System.exit(InterruptSignals.finish(code, System.err));
	}

	/**
	 * The command line, reading {@code CROCHET_NEO4J_*} from {@code environment} (tests
	 * pass their own).
	 */
	/**
	 * The descriptions are wrapped by hand in the annotations, one array element a line;
	 * picocli lists a subcommand under 'crochet --help' by its first element only, which
	 * cut them mid-sentence. Joined into one paragraph, picocli wraps them itself, in the
	 * list and in each command's own help.
	 */
	static void wholeDescriptions(CommandLine line) {
		String[] description = line.getCommandSpec().usageMessage().description();
		if (description.length > 1) {
			line.getCommandSpec().usageMessage().description(String.join(" ", description));
		}
		line.getSubcommands().values().forEach(CrochetCli::wholeDescriptions);
	}

	public static CommandLine commandLine(Map<String, String> environment) {
		// The driver logs every connection at INFO to stderr; a command line shows only
		// what matters.
		DRIVER_LOG.setLevel(Level.WARNING);
		CrochetCli root = new CrochetCli(environment);
		CommandLine line = new CommandLine(root);
		wholeDescriptions(line);
		line.setExecutionStrategy(parsed -> {
			RETRY_LOG.setLevel(root.verbose ? Level.WARNING : Level.OFF);
			return new CommandLine.RunLast().execute(parsed);
		});
		line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			PrintWriter err = cmd.getErr();
			if (ex instanceof MigrationInterruptedException interrupted) {
				// One line, as a signalled command line tool should: what stopped it and
				// in what state it left things.
				err.println(InterruptSignals.message(interrupted, interrupted.reason()));
				if (root.verbose) {
					ex.printStackTrace(err);
				}
				err.flush();
				return exitCode(ex);
			}
			int code = exitCode(ex);
			Optional<NoSpaceLeft> noSpace = NoSpaceLeft.on(ex);
			err.println("crochet: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage())
					+ (ex instanceof ChainException ? root.unbuiltHint() : "")
					+ (noSpace.isPresent() ? "" : root.storageHint(ex)));
			noSpace.ifPresent(note -> err.println("crochet: " + note.getMessage()));
			if (root.verbose) {
				ex.printStackTrace(err);
			}
			else if (code == ExitCode.INTERNAL) {
				err.println("(run with --verbose for the stack trace, and please report it)");
			}
			err.flush();
			return code;
		});
		return line;
	}

	static int exitCode(Throwable ex) {
		if (ex instanceof CliException cli) {
			return cli.exitCode();
		}
		if (ex instanceof MigrationInterruptedException interrupted) {
			return switch (String.valueOf(interrupted.reason())) {
				case "SIGINT" -> ExitCode.INTERRUPTED;
				case "SIGTERM" -> ExitCode.TERMINATED;
				default -> ExitCode.MIGRATION_FAILED;
			};
		}
		if (ex instanceof LockedException) {
			return ExitCode.LOCKED;
		}
		if (ex instanceof ConnectionException || ex instanceof EmbeddedNeo4jException) {
			return ExitCode.CONNECTION;
		}
		if (ex instanceof MigrationFailedException || ex instanceof RollbackUnsafeException
				|| ex instanceof UnsupportedEditionException || ex instanceof ValidationException
				|| ex instanceof LedgerDamagedException) {
			return ExitCode.MIGRATION_FAILED;
		}
		if (ex instanceof CrochetException) {
			return ExitCode.USAGE;
		}
		return ExitCode.INTERNAL;
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	Project project() {
		return Project.load(projectDir, environment);
	}

	/** A full disk or an unwritable ledger, said in words and with the ledger's path. */
	private String storageHint(Throwable ex) {
		if (String.valueOf(ex.getMessage()).contains("no space left on ")) {
			// The message names the full disk already (the embedded store could not
			// start on it).
			return "";
		}
		try {
			Project project = project();
			// The graph ledger's failures name it themselves (LedgerView.location()); the
			// clause reads SQLite's and the disk's failures of the ledger file.
			return project.keepsLedgerFile() ? FileErrors.ledgerClause(ex, project.ledgerFile()) : "";
		}
		catch (RuntimeException again) {
			// No project to name the ledger of: the message stands as it is.
			return "";
		}
	}

	/**
	 * With a build's classes, a chain broken only because a migration source is not
	 * compiled yet says so.
	 */
	private String unbuiltHint() {
		try {
			return WorkingChain.unbuiltParents(project()).orElse("");
		}
		catch (RuntimeException ex) {
			// A hint only: the chain's own message stands without it.
			return "";
		}
	}

	Path projectDir() {
		return projectDir.toAbsolutePath().normalize();
	}

	Map<String, String> environment() {
		return environment;
	}

	boolean verbose() {
		return verbose;
	}

	/** The version from the jar manifest, or the development version. */
	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = CrochetCli.class.getPackage().getImplementationVersion();
			return new String[] { "crochet " + (version == null ? "0.1.0-SNAPSHOT" : version),
					"Java " + System.getProperty("java.version") };
		}

	}

}
