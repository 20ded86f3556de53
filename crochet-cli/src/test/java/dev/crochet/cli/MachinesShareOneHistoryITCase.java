package dev.crochet.cli;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.embedded.Folders;
import dev.crochet.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two machines (two folders of one project, no file in common) with {@code [ledger]
 * store = "graph"} against one server, as CLI processes: they read one history. What one
 * applies the other sees as applied and does not apply again; upgrades racing from both
 * serialise on the lock, each revision applied once; verify passes from either; a machine
 * that lost its {@code .crochet} folder is blocked by nothing. A third folder that keeps
 * its history in a ledger file is refused on that graph.
 */
class MachinesShareOneHistoryITCase {

	private static final String NL = System.lineSeparator();

	@Test
	void twoMachinesReadAndContinueOneHistory(@TempDir Path tmp) throws Exception {
		Path a = HistoryKeptIn.set(CliProcesses.ingestProject(Files.createDirectories(tmp.resolve("a"))),
				LedgerStore.GRAPH);
		// A clone of a on another machine: the project's files, not its .crochet.
		Path b = cloneOf(a, tmp.resolve("b/g"));
		for (Path machine : List.of(a, b)) {
			assertThat(LauncherITCase.crochet(machine, "check", "--offline").exit()).isZero();
		}
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start()) {
			String uri = server.boltUri().toString();
			Machine fromA = new Machine(a, uri);
			Machine fromB = new Machine(b, uri);
			String history = "History: the graph ledger of the default database at " + uri;

			Cli.Run statusA = fromA.run("status");
			Cli.Run statusB = fromB.run("status");
			assertThat(statusA.exit()).as(statusA.toString()).isZero();
			assertThat(statusA.out()).contains(history, "Head: none (nothing applied)", "Pending: 2");
			assertThat(statusB.out()).as("the same status from either machine").isEqualTo(statusA.out());

			// An upgrade from one machine is the other's history too.
			Cli.Run first = fromA.run("upgrade", "--target", "0001_add_person");
			assertThat(first.exit()).as(first.toString()).isZero();
			assertThat(first.out()).contains("applied 0001_add_person");
			statusB = fromB.run("status");
			assertThat(statusB.out()).contains("Head: 0001_add_person", "applied  0001_add_person",
					"pending  0002_ingest", "Pending: 1");
			assertThat(statusB.out()).isEqualTo(fromA.run("status").out());
			Cli.Run again = fromB.run("upgrade", "--target", "0001_add_person");
			assertThat(again.exit()).as(again.toString()).isZero();
			assertThat(again.out())
				.isEqualTo("Target 0001_add_person is already applied; nothing to do (head is 0001_add_person)" + NL);

			// Both machines upgrade at once: the lock serialises them, nothing is applied
			// twice.
			Map<String, String> slow = Map.of("CROCHET_NEO4J_URI", uri, "CROCHET_TEST_SLOW_ROWS", "1");
			CliProcesses.Running racingA = new CliProcesses.Running(a, slow, "upgrade");
			CliProcesses.Running racingB = new CliProcesses.Running(b, slow, "upgrade");
			int[] exits = { racingA.exit(180), racingB.exit(180) };
			assertThat(exits).as(racingA.err() + " / " + racingB.err()).contains(ExitCode.OK);
			List<CliProcesses.Running> runs = List.of(racingA, racingB);
			long appliers = runs.stream().filter(r -> r.out().contains("applied 0002_ingest")).count();
			assertThat(appliers).as("one machine applied 0002_ingest").isEqualTo(1);
			for (int i = 0; i < 2; i++) {
				CliProcesses.Running run = runs.get(i);
				if (run.out().contains("applied 0002_ingest")) {
					assertThat(exits[i]).isEqualTo(ExitCode.OK);
				}
				else if (exits[i] == ExitCode.OK) {
					// It came after the winner had finished.
					assertThat(run.out()).isEqualTo("Already up to date; head is 0002_ingest" + NL);
				}
				else {
					assertThat(exits[i]).as(run.err().toString()).isEqualTo(ExitCode.LOCKED);
					assertThat(run.messages()).singleElement()
						.asString()
						.matches("crochet: The graph ledger of the default database at \\Q" + uri
								+ "\\E is locked by \\d+@\\S+ since \\S+; wait for that run to finish, or run"
								+ " 'crochet unlock' if it died");
				}
			}
			try (Crochet reader = Crochet.configure().uri(uri).ledger(LedgerStore.GRAPH).load()) {
				assertThat(reader.ledger().events().stream().filter(e -> e.kind().equals("UPGRADE")))
					.extracting(LedgerEvent::revision)
					.as("one UPGRADE event per revision")
					.containsExactly("0001_add_person", "0002_ingest");
			}
			assertThat(readings(uri)).as("the ingest's rows, once each").isEqualTo(CliProcesses.ROWS);

			for (Machine machine : List.of(fromA, fromB)) {
				Cli.Run verify = machine.run("verify");
				assertThat(verify.exit()).as(verify.toString()).isZero();
				assertThat(verify.out()).startsWith(history + NL).endsWith("Verified: no problems." + NL);
			}
			assertThat(fromA.run("status").out()).isEqualTo(fromB.run("status").out())
				.contains("Head: 0002_ingest", "Pending: 0");

			// A machine that lost its .crochet folder loses nothing: the history is the
			// graph's.
			Folders.delete(a.resolve(".crochet"));
			Cli.Run afterLoss = fromA.run("status");
			assertThat(afterLoss.exit()).as(afterLoss.toString()).isZero();
			assertThat(afterLoss.out()).contains("Head: 0002_ingest", "Pending: 0");
			assertThat(fromA.run("verify").exit()).isZero();
			Cli.Run nothing = fromA.run("upgrade");
			assertThat(nothing.exit()).as(nothing.toString()).isZero();
			assertThat(nothing.out()).isEqualTo("Already up to date; head is 0002_ingest" + NL);
			assertThat(a.resolve(".crochet/ledger.db")).as("no ledger file written").doesNotExist();
			assertThat(b.resolve(".crochet/ledger.db")).doesNotExist();

			// A folder that keeps its history in a ledger file would start a second one.
			Path c = cloneOf(a, tmp.resolve("c/g"));
			Files.writeString(c.resolve("crochet.toml"),
					Files.readString(c.resolve("crochet.toml")).replace("store = \"graph\"", "store = \"file\""));
			Cli.Run refused = new Machine(c, uri).run("status");
			assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
			assertThat(refused.out()).isEmpty();
			assertThat(refused.err()).isEqualTo("crochet: The graph at " + uri
					+ " keeps its history itself (head 0002_ingest), but this project keeps it in the ledger file "
					+ c.resolve(".crochet/ledger.db").toAbsolutePath().normalize()
					+ ": one database, one history. Set [ledger] store = \"graph\" in crochet.toml"
					+ " (Crochet.configure().ledger(LedgerStore.GRAPH)); nothing was changed." + NL);
		}
	}

	/** A project folder on a machine of its own: crochet runs there as a process. */
	private record Machine(Path project, String uri) {

		Cli.Run run(String... args) throws IOException, InterruptedException {
			CliProcesses.Running run = new CliProcesses.Running(project, Map.of("CROCHET_NEO4J_URI", uri), args);
			int exit = run.exit(180);
			List<String> err = run.messages();
			return new Cli.Run(exit, run.out(), err.isEmpty() ? "" : String.join(NL, err) + NL);
		}

	}

	/** The project's files in {@code target}, without its {@code .crochet} folder. */
	private static Path cloneOf(Path project, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(project)) {
			for (Path file : files.toList()) {
				Path relative = project.relativize(file);
				if (relative.startsWith(".crochet")) {
					continue;
				}
				Path copy = target.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		return target;
	}

	/** Reading nodes, failing if any is doubled. */
	private static long readings(String uri) {
		try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none()); Session session = driver.session()) {
			Record r = session.run("MATCH (n:Reading) RETURN count(n) AS all, count(DISTINCT n.i) AS distinct")
				.single();
			assertThat(r.get("all").asLong()).isEqualTo(r.get("distinct").asLong());
			return r.get("all").asLong();
		}
	}

}
