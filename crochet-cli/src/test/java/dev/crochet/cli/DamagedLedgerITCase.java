package dev.crochet.cli;

import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger with three pages overwritten with garbage (issue 29: {@code downgrade} removed
 * data from the graph and then failed to record it, and {@code upgrade} then said
 * "Already up to date"): real {@code bin/crochet} processes on a migrated project. Every
 * command that would change the graph refuses before anything runs, naming the file and
 * what is damaged; {@code status} refuses the same way; {@code verify} fails on it; and
 * the graph is exactly as it was.
 */
class DamagedLedgerITCase {

	private static final int ROWS = 5_000;

	/** Events of a long history, so that the middle of the file is the event log. */
	private static final int EVENTS = 2_000;

	@Test
	void aDamagedLedgerIsRefusedBeforeTheGraphChanges(@TempDir Path tmp) throws Exception {
		Path project = CliProcesses.ingestProject(tmp, ROWS);
		CliProcesses.Running upgrade = new CliProcesses.Running(project, Map.of(), "upgrade");
		assertThat(upgrade.exit(240)).as(String.join("\n", upgrade.err())).isZero();
		Path file = project.resolve(".crochet/ledger.db").toAbsolutePath().normalize();
		try (Ledger ledger = Ledger.open(file)) {
			for (int i = 0; i < EVENTS; i++) {
				ledger.append(LedgerEvent.of("NOTE", null, "OK", "event " + i + " of a long history"));
			}
		}
		Path store = project.resolve(".crochet/neo4j");
		Map<String, Long> before = counts(store);
		assertThat(before).containsEntry("Reading", (long) ROWS);

		String events = query(file, "SELECT rootpage FROM sqlite_master WHERE name = 'events'").get(0);
		List<Long> pages = overwriteMiddlePages(file, 3);
		List<String> damage = quickCheck(file);
		assertThat(damage).as("SQLite finds each page, in the event log")
			.containsExactlyInAnyOrderElementsOf(pages.stream()
				.map(p -> "Tree " + events + " page " + p + ": btreeInitPage() returns error code 11")
				.toList());
		String finding = "The ledger " + file + " is damaged (SQLite quick_check: " + damage.get(0)
				+ ", and 2 more; in the table events)";
		String remedy = "Restore it from a backup, or salvage what SQLite can still read (sqlite3 " + file
				+ " .recover), then run 'crochet verify'";
		String refused = "crochet: " + finding + "; nothing was run. " + remedy;

		for (String command : List.of("downgrade", "upgrade", "status")) {
			CliProcesses.Running run = new CliProcesses.Running(project, Map.of(), command);
			assertThat(run.exit(240)).as(command + ": " + run.err()).isEqualTo(ExitCode.MIGRATION_FAILED);
			assertThat(run.messages()).as(command).containsExactly(refused);
			assertThat(run.out()).as(command).isEmpty();
		}
		CliProcesses.Running verify = new CliProcesses.Running(project, Map.of(), "verify");
		assertThat(verify.exit(240)).as(String.join("\n", verify.err())).isEqualTo(ExitCode.PROBLEMS);
		assertThat(verify.out()).isEqualTo(String.join("\n", "History: the ledger file .crochet/ledger.db",
				"[ok]   migration chain is linear", "[FAIL] ledger file intact", "         " + finding + ". " + remedy,
				"Verification failed: 1 problem(s).", ""));
		assertThat(verify.messages()).isEmpty();

		assertThat(counts(store)).as("the graph is as it was").isEqualTo(before);
		assertThat(quickCheck(file)).as("and so is the ledger's damage: nothing wrote to it").isEqualTo(damage);
	}

	/** Nodes per label, and nodes with a batch tag per batch, as the graph holds them. */
	private static Map<String, Long> counts(Path store) {
		Map<String, Long> counts = new TreeMap<>();
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(),
						Config.builder().withLogging(Logging.none()).build());
				Session session = driver.session()) {
			session.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count")
				.forEachRemaining(r -> counts.put(r.get("label").asString(), r.get("count").asLong()));
			session
				.run("MATCH (n) WHERE n._crochet_batch IS NOT NULL RETURN n._crochet_batch AS batch, count(n) AS count")
				.forEachRemaining(r -> counts.put("batch " + r.get("batch").asString(), r.get("count").asLong()));
		}
		return counts;
	}

	/**
	 * Overwrites {@code count} pages in the middle of {@code file} with garbage; returns
	 * their numbers as SQLite counts them (from 1).
	 */
	private static List<Long> overwriteMiddlePages(Path file, int count) throws IOException {
		assertThat(file.resolveSibling(file.getFileName() + "-wal")).as("every commit is in the file itself")
			.satisfiesAnyOf(wal -> assertThat(wal).doesNotExist(), wal -> assertThat(Files.size(wal)).isZero());
		List<Long> overwritten = new ArrayList<>();
		try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
			byte[] header = new byte[100];
			raw.readFully(header);
			// The page size: two bytes at offset 16, big-endian; 1 means 65536.
			int size = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
			int pageSize = size == 1 ? 65536 : size;
			long pages = raw.length() / pageSize;
			byte[] garbage = new byte[pageSize];
			Random random = new Random(29);
			for (long page = pages / 2 - count / 2; page < pages / 2 - count / 2 + count; page++) {
				random.nextBytes(garbage);
				raw.seek(page * pageSize);
				raw.write(garbage);
				overwritten.add(page + 1);
			}
		}
		return overwritten;
	}

	/** SQLite's own answer (one row may hold several lines), without its header line. */
	private static List<String> quickCheck(Path file) throws SQLException {
		List<String> lines = new ArrayList<>();
		for (String row : query(file, "PRAGMA quick_check")) {
			for (String line : row.split("\\R")) {
				if (!line.equals("ok") && !line.startsWith("*** in database")) {
					lines.add(line.strip());
				}
			}
		}
		return lines;
	}

	/** The rows SQLite returns before it stops, with an error or not. */
	private static List<String> query(Path file, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		catch (SQLException ex) {
			if (rows.isEmpty() || (ex.getErrorCode() & 0xff) != 11) {
				throw ex;
			}
			// SQLITE_CORRUPT after the rows: quick_check has named the damage and stops.
		}
		return rows;
	}

}
