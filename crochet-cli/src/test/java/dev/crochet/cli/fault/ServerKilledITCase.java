package dev.crochet.cli.fault;

import dev.crochet.LedgerStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29, item 3: an undo proves itself before the ledger says so. The server, not the
 * CLI, is killed half-way through an ingest: the chunk in flight fails, the undo's
 * deletes fail with it, and the batch must then not be marked deleted while the graph
 * holds its rows (it once was, recovery skipped it, and two reruns left 350,000 readings
 * for 200,000). With the server back, the next upgrade finishes the undo, counts the
 * batch at zero, and loads every row once.
 *
 * <p>
 * Runs once per ledger store ({@code -Dfault.ledger=file|graph} for one). With the
 * history in the graph ledger, the dead server also holds the journal: the failing run
 * can switch it to the undo no more than it can delete, so the journal keeps the ingest
 * step as it ran, and the next upgrade finishes the ingest after the rows its chunks
 * committed. Either way the batch is not marked deleted while the graph holds its rows,
 * and the end is every row once.
 */
class ServerKilledITCase {

	private static final int ROWS = 20_000;

	/** {@code -Dfault.ledger=file|graph}: that store only; both without it. */
	static List<LedgerStore> stores() {
		return FaultLedgers.chosen();
	}

	@ParameterizedTest(name = "history in the {0} ledger")
	@MethodSource("stores")
	void aServerKilledMidIngestLeavesAnUndoThatTheNextRunFinishesExactly(LedgerStore ledger, @TempDir Path work)
			throws Exception {
		CrochetProcess crochet = new CrochetProcess(CrochetProcess.findLauncher(), "-XX:TieredStopAtLevel=1");
		Path project = FaultProject.create(crochet, work, "p", ROWS, ledger);
		Path store = work.resolve("server-store");
		Path toml = project.resolve("crochet.toml");
		String settings = Files.readString(toml);

		String output;
		int exit;
		try (ServerProcess server = ServerProcess.start(store)) {
			pointAt(toml, settings, server);
			// The second chunk's commit is announced, and the server dies while the third
			// is in flight.
			ProcessBuilder armed = new ProcessBuilder(crochet.launcher().toString(), "upgrade")
				.directory(project.toFile())
				.redirectErrorStream(true);
			armed.environment().put(CrochetProcess.FAULT_VARIABLE, "chunk-committed:2:go");
			armed.environment().put("CROCHET_JAVA_OPTS", crochet.javaOptions());
			armed.environment().remove("CROCHET_NEO4J_URI");
			Process run = armed.start();
			StringBuilder seen = new StringBuilder();
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
				boolean killed = false;
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					seen.append(line).append('\n');
					if (!killed && line.strip().equals("crochet-fault-point chunk-committed 2")) {
						server.kill();
						killed = true;
					}
				}
				assertThat(killed).as("the second chunk committed: " + seen).isTrue();
			}
			assertThat(run.waitFor(300, TimeUnit.SECONDS)).isTrue();
			output = seen.toString();
			exit = run.exitValue();
		}
		assertThat(exit).as(output).isNotZero();
		assertThat(output).contains("The undo did not finish");

		try (ServerProcess server = ServerProcess.start(store)) {
			pointAt(toml, settings, server);
			// Read before any command runs again; the graph ledger is on the server.
			LedgerSnapshot afterKill = history(project, ledger, server);
			assertThat(afterKill.batches()).as("a batch whose rows the graph may hold is not marked deleted")
				.hasEntrySatisfying("readings", record -> assertThat(record).endsWith(" OPEN"));
			if (ledger == LedgerStore.FILE) {
				assertThat(afterKill.intent()).contains("undoing=true");
			}
			else {
				// The journal is in the dead server's database: it could not be switched
				// to the undo, and still holds the ingest step as it ran.
				assertThat(afterKill.intent()).contains("revision=" + FaultProject.INGEST, "batchId=readings",
						"undoing=false");
			}
			// Two chunks at least; the third may have committed as the server died.
			long left = readings(server.uri());
			assertThat(left).as("what the kill left").isBetween(10_000L, 15_000L);
			CrochetProcess.Run verify = crochet.run(project, "verify");
			assertThat(verify.exit()).isNotZero();
			assertThat(verify.out()).doesNotContain(Outcome.NO_PROBLEMS);

			CrochetProcess.Run again = crochet.run(project, "upgrade");

			assertThat(again.exit()).as(again.all()).isZero();
			if (ledger == LedgerStore.FILE) {
				assertThat(again.out())
					.contains("Recovered: interrupted undo of the failed upgrade of " + FaultProject.INGEST)
					.contains("removed " + left + " entities of batch readings");
			}
			else {
				// The ingest is finished from the rows its progress mark counts, which
				// commit with each chunk.
				assertThat(again.out()).contains("Recovered: interrupted upgrade of " + FaultProject.INGEST)
					.contains("after the " + left + " rows committed before it stopped");
			}
			assertThat(readings(server.uri())).isEqualTo(ROWS);
			assertThat(history(project, ledger, server).batches()).containsEntry("readings", ROWS + " COMMITTED");
			assertThat(crochet.run(project, "verify").out()).endsWith(Outcome.NO_PROBLEMS + "\n");
		}
	}

	/**
	 * The project's {@code [neo4j] uri}, set to the server's (the history stays where
	 * {@link FaultProject#create} put it).
	 */
	private static void pointAt(Path toml, String settings, ServerProcess server) throws IOException {
		String line = "# uri = \"bolt://localhost:7687\"";
		assertThat(settings).contains(line);
		Files.writeString(toml, settings.replace(line, "uri = \"" + server.uri() + "\""));
	}

	/** The project's history, from its ledger file or the server's graph ledger. */
	private static LedgerSnapshot history(Path project, LedgerStore ledger, ServerProcess server) {
		try (Driver driver = driver(server.uri())) {
			return LedgerSnapshot.read(project, ledger, driver);
		}
	}

	/** Reading nodes and distinct keys, which must be equal: none doubled. */
	private static long readings(String uri) {
		try (Driver driver = driver(uri); Session session = driver.session()) {
			Record r = session.run("MATCH (n:Reading) RETURN count(n) AS all, count(DISTINCT n.i) AS distinct")
				.single();
			assertThat(r.get("all").asLong()).isEqualTo(r.get("distinct").asLong());
			return r.get("all").asLong();
		}
	}

	private static Driver driver(String uri) {
		return GraphDatabase.driver(uri, AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
	}

}
