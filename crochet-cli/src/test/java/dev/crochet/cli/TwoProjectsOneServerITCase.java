package dev.crochet.cli;

import dev.crochet.LedgerStore;
import dev.crochet.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two projects (two ledgers) upgrading one server at the same moment, as two clones of a
 * project pointed at a shared database: both create the graph's head mirror at once, and
 * Neo4j may answer one of them with a deadlock, which the driver retries (the first run
 * of this test on the old code did: the loser printed the driver's 60-line warning of the
 * retry above its message). The loser is told the graph is locked, in one line; the retry
 * is not news to it, and no stack trace is printed above that line.
 */
class TwoProjectsOneServerITCase {

	@Test
	void theLoserPrintsTheLockMessageAndNoStackTrace(@TempDir Path tmp) throws Exception {
		// Each keeps its own ledger file: two histories of one graph, which the graph's
		// lock still keeps apart (MachinesShareOneHistoryITCase has the one history).
		Path a = HistoryKeptIn.set(CliProcesses.ingestProject(Files.createDirectories(tmp.resolve("a"))),
				LedgerStore.FILE);
		Path b = HistoryKeptIn.set(CliProcesses.ingestProject(Files.createDirectories(tmp.resolve("b"))),
				LedgerStore.FILE);
		// Compiled once beforehand, so that both runs reach the graph at about the same
		// moment rather than one compile ahead of the other.
		for (Path project : List.of(a, b)) {
			LauncherITCase.crochet(project, "check", "--offline");
		}
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start()) {
			// Slow rows keep the winner inside its ingest, holding the lock, for seconds.
			Map<String, String> environment = Map.of("CROCHET_NEO4J_URI", server.boltUri().toString(),
					"CROCHET_TEST_SLOW_ROWS", "1");
			CliProcesses.Running first = new CliProcesses.Running(a, environment, "upgrade");
			CliProcesses.Running second = new CliProcesses.Running(b, environment, "upgrade");
			int[] exits = { first.exit(180), second.exit(180) };

			assertThat(exits).as(first.err() + " / " + second.err())
				.containsExactlyInAnyOrder(ExitCode.OK, ExitCode.LOCKED);
			CliProcesses.Running loser = exits[0] == ExitCode.LOCKED ? first : second;
			List<String> messages = loser.messages();
			assertThat(messages).as(String.join("\n", messages))
				.singleElement()
				.asString()
				.matches("crochet: The graph is locked by \\d+@\\S+ since \\S+; another migration run is in progress"
						+ " \\(if it died, run 'crochet unlock'\\)");
			assertThat(String.join("\n", messages)).doesNotContain("\tat ", "Exception", "WARNING");
		}
	}

}
