package dev.crochet.cli;

import dev.crochet.ConnectionException;
import dev.crochet.CrochetException;
import dev.crochet.LockedException;
import dev.crochet.MigrationFailedException;
import dev.crochet.MigrationInterruptedException;
import dev.crochet.RollbackUnsafeException;
import dev.crochet.UnknownRevisionException;
import dev.crochet.UnsupportedEditionException;
import dev.crochet.ValidationException;
import dev.crochet.embedded.EmbeddedNeo4jException;
import dev.crochet.ir.ModelException;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerException;
import dev.crochet.migration.ChainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The exit code of each error class, as scripts rely on them (the table in
 * {@code crochet --help}), and the one line a failing command prints.
 */
class ExitCodeTest {

	static Stream<Arguments> errors() {
		return Stream.of(Arguments.of(new CliException(ExitCode.USAGE, "bad option"), ExitCode.USAGE),
				Arguments.of(new CliException(ExitCode.CONNECTION, "store cannot start"), ExitCode.CONNECTION),
				Arguments.of(new ModelException("Model class models.Person has no @KgId"), ExitCode.USAGE),
				Arguments.of(new ChainException("a fork"), ExitCode.USAGE),
				Arguments.of(new UnknownRevisionException("no 0042"), ExitCode.USAGE),
				Arguments.of(new LedgerException("cannot write the ledger"), ExitCode.USAGE),
				Arguments.of(new CrochetException("anything else Crochet refuses"), ExitCode.USAGE),
				Arguments.of(new MigrationFailedException("0002_x", "CREATE (n)", "failed", null),
						ExitCode.MIGRATION_FAILED),
				Arguments.of(new RollbackUnsafeException("0002_x is not rollback-safe"), ExitCode.MIGRATION_FAILED),
				Arguments.of(new UnsupportedEditionException("needs Enterprise"), ExitCode.MIGRATION_FAILED),
				Arguments.of(new ValidationException("changed after it was applied"), ExitCode.MIGRATION_FAILED),
				Arguments.of(new MigrationInterruptedException("0002_x", "SIGINT", "interrupted", null),
						ExitCode.INTERRUPTED),
				Arguments.of(new MigrationInterruptedException("0002_x", "SIGTERM", "terminated", null),
						ExitCode.TERMINATED),
				Arguments.of(new MigrationInterruptedException("0002_x", "shutdown", "stopped", null),
						ExitCode.MIGRATION_FAILED),
				Arguments.of(new ConnectionException("unreachable"), ExitCode.CONNECTION),
				Arguments.of(new EmbeddedNeo4jException("Cannot start the embedded Neo4j", null), ExitCode.CONNECTION),
				// One lock error, from either lock: the graph's (engine) and the ledger's
				// (SQLite).
				Arguments.of(new LockedException("The graph is locked by run-1"), ExitCode.LOCKED),
				Arguments.of(new LockedException("The ledger .crochet/ledger.db is locked by run-1"), ExitCode.LOCKED),
				Arguments.of(new IllegalStateException("a bug"), ExitCode.INTERNAL),
				Arguments.of(new NullPointerException(), ExitCode.INTERNAL));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("errors")
	void eachErrorClassHasItsExitCode(Throwable error, int code) {
		assertThat(CrochetCli.exitCode(error)).isEqualTo(code);
		Result result = failWith(error);
		assertThat(result.exit()).isEqualTo(code);
	}

	@Test
	void aFailurePrintsOneLineAndNoStackTrace() {
		Result result = failWith(new LockedException("The ledger .crochet/ledger.db is locked by run-1"));
		assertThat(result.err())
			.isEqualTo("crochet: The ledger .crochet/ledger.db is locked by run-1" + System.lineSeparator());
	}

	@Test
	void aLockHeldInTheLedgerIsTheSameLockErrorAsTheGraphs(@TempDir Path dir) {
		Throwable refused;
		try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
			ledger.lock("run-1");
			refused = catchThrowable(() -> ledger.lock("run-2"));
		}
		assertThat(refused).isInstanceOf(LockedException.class).hasMessageContaining("is locked by run-1 since");
		assertThat(failWith(refused).exit()).isEqualTo(ExitCode.LOCKED);
	}

	@Test
	void aBugAsksForVerboseAndAReport() {
		Result result = failWith(new IllegalStateException("a bug"));
		assertThat(result.err()).isEqualTo("crochet: a bug" + System.lineSeparator()
				+ "(run with --verbose for the stack trace, and please report it)" + System.lineSeparator());
	}

	@Test
	void anInterruptionPrintsItsOwnLine() {
		Result result = failWith(new MigrationInterruptedException("0002_ingest", "SIGTERM", "terminated", null));
		assertThat(result.exit()).isEqualTo(ExitCode.TERMINATED);
		assertThat(result.err()).startsWith("crochet: ").contains("SIGTERM").doesNotContain("Exception");
		assertThat(result.err().lines()).hasSize(1);
	}

	@Test
	void theHelpTableNamesEveryCode() {
		for (int code : new int[] { ExitCode.OK, ExitCode.PROBLEMS, ExitCode.USAGE, ExitCode.MIGRATION_FAILED,
				ExitCode.CONNECTION, ExitCode.LOCKED, ExitCode.INTERRUPTED, ExitCode.TERMINATED, ExitCode.INTERNAL }) {
			assertThat(ExitCode.TABLE).containsPattern("(?m)^  " + code + " +\\S");
		}
	}

	record Result(int exit, String err) {
	}

	/**
	 * Runs Crochet's own command line with a subcommand that throws {@code error}, as a
	 * real command would.
	 */
	private static Result failWith(Throwable error) {
		CommandLine line = CrochetCli.commandLine(Map.of());
		line.addSubcommand("fail", new CommandLine(new Failing(error)));
		StringWriter err = new StringWriter();
		line.setErr(new PrintWriter(err, true));
		int exit = line.execute("fail");
		return new Result(exit, err.toString());
	}

	@Command(name = "fail")
	static final class Failing implements Callable<Integer> {

		private final Throwable error;

		Failing(Throwable error) {
			this.error = error;
		}

		@Override
		public Integer call() throws Exception {
			if (error instanceof Exception exception) {
				throw exception;
			}
			throw (Error) error;
		}

	}

}
