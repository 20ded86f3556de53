package dev.crochet.ledger;

import dev.crochet.LockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerLockTest {

	@TempDir
	Path dir;

	@Test
	void runsOpeningTheSameFreshLedgerAtOnceBothSucceed() throws Exception {
		// A fresh file is switched to WAL under an exclusive lock that SQLite does not
		// wait for: the
		// second opener must retry rather than fail with SQLITE_BUSY.
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 15; round++) {
				Path fresh = dir.resolve("fresh-" + round + ".db");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<String>> opened = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					opened.add(pool.submit(() -> {
						start.await();
						try (Ledger ledger = Ledger.open(fresh)) {
							return ledger.file().orElseThrow().toString();
						}
					}));
				}
				start.countDown();
				for (Future<String> future : opened) {
					assertThat(future.get(30, TimeUnit.SECONDS))
						.isEqualTo(fresh.toAbsolutePath().normalize().toString());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void lockIsHeldByOneOwnerAndReentrantForIt() throws SQLException {
		Path file = dir.resolve("ledger.db");
		try (Ledger ledger = Ledger.open(file)) {
			assertThat(ledger.lockHolder()).isEmpty();

			ledger.lock("upgrade@host-a");
			String since = acquiredAt(file);
			ledger.lock("upgrade@host-a");

			assertThat(ledger.lockHolder()).contains("upgrade@host-a");
			assertThat(acquiredAt(file)).isEqualTo(since);
			assertThatThrownBy(() -> ledger.lock("upgrade@host-b")).isInstanceOf(LockedException.class)
				.hasMessage("The ledger " + file + " is locked by upgrade@host-a since " + since
						+ "; wait for that run to finish, or run 'crochet unlock' if it died");
		}
	}

	@Test
	void unlockReleasesOnlyTheOwnersLock() {
		try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
			ledger.lock("a");

			ledger.unlock("b");
			assertThat(ledger.lockHolder()).contains("a");

			ledger.unlock("a");
			assertThat(ledger.lockHolder()).isEmpty();
			ledger.unlock("a");

			ledger.lock("b");
			assertThat(ledger.lockHolder()).contains("b");
		}
	}

	@Test
	void forceUnlockRemovesAnyLock() {
		try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
			ledger.lock("a run that died");

			ledger.forceUnlock();
			assertThat(ledger.lockHolder()).isEmpty();
			ledger.forceUnlock();

			ledger.lock("next run");
			assertThat(ledger.lockHolder()).contains("next run");
		}
	}

	@Test
	void twoLedgersOnOneFileShareTheLock() throws SQLException {
		Path file = dir.resolve("ledger.db");
		try (Ledger first = Ledger.open(file); Ledger second = Ledger.open(file)) {
			first.lock("first");

			assertThatThrownBy(() -> second.lock("second")).isInstanceOf(LockedException.class)
				.hasMessage("The ledger " + file + " is locked by first since " + acquiredAt(file)
						+ "; wait for that run to finish, or run 'crochet unlock' if it died");
			assertThat(second.lockHolder()).contains("first");

			first.unlock("first");
			second.lock("second");
			assertThat(first.lockHolder()).contains("second");
		}
	}

	@Test
	void exactlyOneOfManyLedgerInstancesRacingForTheLockWins() throws Exception {
		Path file = dir.resolve("ledger.db");
		int contenders = 8;
		List<Ledger> ledgers = new ArrayList<>();
		for (int i = 0; i < contenders; i++) {
			ledgers.add(Ledger.open(file));
		}
		try {
			List<Callable<String>> attempts = new ArrayList<>();
			for (int i = 0; i < contenders; i++) {
				Ledger ledger = ledgers.get(i);
				String owner = "run-" + i;
				attempts.add(() -> {
					ledger.lock(owner);
					return owner;
				});
			}
			List<Object> outcomes = race(attempts);

			List<String> winners = outcomes.stream().filter(String.class::isInstance).map(String.class::cast).toList();
			assertThat(winners).hasSize(1);
			assertThat(outcomes).filteredOn(LockedException.class::isInstance)
				.hasSize(contenders - 1)
				.allSatisfy(loss -> assertThat(((Exception) loss).getMessage())
					.startsWith("The ledger " + file + " is locked by " + winners.get(0) + " since "));
			assertThat(ledgers.get(0).lockHolder()).contains(winners.get(0));
		}
		finally {
			ledgers.forEach(Ledger::close);
		}
	}

	@Test
	void exactlyOneOfTwoThreadsOnOneLedgerWins() throws Exception {
		try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
			List<Object> outcomes = race(List.of(() -> {
				ledger.lock("thread-a");
				return "thread-a";
			}, () -> {
				ledger.lock("thread-b");
				return "thread-b";
			}));

			List<Object> winners = outcomes.stream().filter(String.class::isInstance).toList();
			assertThat(winners).hasSize(1);
			assertThat(outcomes).filteredOn(LockedException.class::isInstance).hasSize(1);
			assertThat(ledger.lockHolder()).contains((String) winners.get(0));
		}
	}

	@Test
	void aWriteWaitsForAnotherConnectionsTransactionInsteadOfFailing() throws Exception {
		Path file = dir.resolve("ledger.db");
		try (Ledger ledger = Ledger.open(file);
				Connection other = RawSqlite.connect(file);
				Statement statement = other.createStatement()) {
			statement.execute("BEGIN IMMEDIATE");
			statement.execute("INSERT INTO schema_snapshots VALUES ('held', '{}', 'now')");
			ExecutorService executor = Executors.newSingleThreadExecutor();
			try {
				long start = System.nanoTime();
				Future<?> append = executor.submit(() -> ledger.append(LedgerEvent.of("UPGRADE", "0001", "OK", null)));
				Thread.sleep(500);
				assertThat(append).isNotDone();

				statement.execute("COMMIT");
				append.get(10, TimeUnit.SECONDS);

				assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(500);
				assertThat(ledger.events()).hasSize(1);
				assertThat(ledger.snapshot("held")).contains("{}");
			}
			finally {
				executor.shutdownNow();
			}
		}
	}

	@Test
	void aWriteThatWaitsLongerThanTheBusyTimeoutFailsNamingTheFile() throws Exception {
		Path file = dir.resolve("ledger.db");
		try (Ledger ledger = SqliteLedger.open(file, 200);
				Connection other = RawSqlite.connect(file);
				Statement statement = other.createStatement()) {
			statement.execute("BEGIN IMMEDIATE");
			try {
				assertThatThrownBy(() -> ledger.lock("late run")).isInstanceOf(LedgerException.class)
					.hasMessage("Cannot take the run lock for late run: the ledger " + file
							+ " stayed busy for more than 200 ms (another process is writing to it)");
			}
			finally {
				statement.execute("ROLLBACK");
			}
			ledger.lock("late run");
			assertThat(ledger.lockHolder()).contains("late run");
		}
	}

	@Test
	void concurrentWritersThroughSeveralLedgersLoseNothing() throws Exception {
		Path file = dir.resolve("ledger.db");
		int threads = 4;
		int perThread = 50;
		try (Ledger first = Ledger.open(file); Ledger second = Ledger.open(file)) {
			List<Callable<String>> writers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Ledger ledger = t % 2 == 0 ? first : second;
				String name = "writer-" + t;
				writers.add(() -> {
					for (int i = 0; i < perThread; i++) {
						ledger.append(LedgerEvent.of("PROBE", null, "OK", name + " " + i));
					}
					return name;
				});
			}

			assertThat(race(writers)).allMatch(String.class::isInstance);
			assertThat(first.events()).extracting(LedgerEvent::sequence)
				.containsExactlyElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed().toList());
		}
	}

	@Test
	void anotherProcessSeesTheLockAndWritesAlongside() throws Exception {
		Path file = dir.resolve("ledger.db");
		try (Ledger ledger = Ledger.open(file)) {
			ledger.lock("parent");

			Process refused = probe("lock", file.toString(), "child");
			assertThat(output(refused)).isEqualTo("The ledger " + file + " is locked by parent since "
					+ acquiredAt(file) + "; wait for that run to finish, or run 'crochet unlock' if it died");
			assertThat(refused.exitValue()).isEqualTo(3);

			ledger.unlock("parent");
			Process taken = probe("lock", file.toString(), "child");
			assertThat(output(taken)).isEqualTo("LOCKED");
			assertThat(taken.exitValue()).isZero();
			assertThat(ledger.lockHolder()).contains("child");

			Process appender = probe("append", file.toString(), "200");
			for (int i = 0; i < 200; i++) {
				ledger.append(LedgerEvent.of("PROBE", null, "OK", "parent " + i));
			}
			assertThat(output(appender)).isEqualTo("APPENDED");
			assertThat(ledger.events()).hasSize(400)
				.extracting(LedgerEvent::sequence)
				.containsExactlyElementsOf(LongStream.rangeClosed(1, 400).boxed().toList());
		}
	}

	/**
	 * Starts every task at the same moment; each outcome is the task's result or what it
	 * threw.
	 */
	private static List<Object> race(List<Callable<String>> tasks) throws InterruptedException {
		ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<String> task : tasks) {
				futures.add(executor.submit(() -> {
					start.await();
					try {
						return task.call();
					}
					catch (LedgerException | LockedException ex) {
						return ex;
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				try {
					outcomes.add(future.get(30, TimeUnit.SECONDS));
				}
				catch (Exception ex) {
					throw new AssertionError("a racing task failed", ex);
				}
			}
			return outcomes;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static String acquiredAt(Path file) throws SQLException {
		return RawSqlite.queryString(file, "SELECT acquired_at FROM run_lock");
	}

	private static Process probe(String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), LedgerProbe.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	private static String output(Process process) throws IOException, InterruptedException {
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return out;
	}

}
