package dev.crochet.cli;

import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SIGTERM during an ingest: the revision is rolled back, a FAILURE event recorded, the
 * lock released, the store closed, one line printed, exit 143; the next upgrade then
 * applies the revision whole.
 */
class InterruptITCase {

	@Test
	void sigtermDuringAnIngestRollsBackUnlocksAndExits143(@TempDir Path tmp) throws Exception {
		Path p = CliProcesses.ingestProject(tmp);
		// chunk-committed:3:go announces the third committed chunk and carries on: a
		// moment mid-ingest.
		CliProcesses.Running upgrade = new CliProcesses.Running(p,
				Map.of("CROCHET_FAULT_POINT", "chunk-committed:3:go", "CROCHET_TEST_SLOW_ROWS", "1"), "upgrade");
		upgrade.awaitErr("crochet-fault-point chunk-committed 3", 120);

		// SIGTERM through the handle: Process.destroy() would also close our end of its
		// stderr, and lose the line.
		upgrade.process.toHandle().destroy();

		assertThat(upgrade.exit(60)).as(upgrade.err().toString()).isEqualTo(ExitCode.TERMINATED);
		assertThat(upgrade.messages()).as(upgrade.err().toString())
			.containsExactly(
					"crochet: interrupted by SIGTERM; revision 0002_ingest was rolled back, the lock is released");
		try (Ledger ledger = Ledger.open(p.resolve(".crochet/ledger.db"))) {
			assertThat(ledger.lockHolder()).isEmpty();
			assertThat(ledger.head().orElseThrow().revision()).isEqualTo("0001_add_person");
			List<LedgerEvent> failures = ledger.events().stream().filter(e -> e.kind().equals("FAILURE")).toList();
			assertThat(failures).singleElement().satisfies(e -> {
				assertThat(e.revision()).isEqualTo("0002_ingest");
				assertThat(e.detail()).contains("SIGTERM");
			});
			Optional<BatchRecord> batch = ledger.batch("readings");
			assertThat(batch.map(BatchRecord::status)).as("the batch is not left OPEN")
				.isNotEqualTo(Optional.of(BatchStatus.OPEN));
		}
		LauncherITCase.Result status = LauncherITCase.crochet(p, "status");
		assertThat(status.exit()).as(status.out()).isZero();
		assertThat(status.out()).contains("pending  0002_ingest").doesNotContain("locked by");

		LauncherITCase.Result again = LauncherITCase.crochet(p, "upgrade");
		assertThat(again.exit()).as(again.out()).isZero();
		try (Ledger ledger = Ledger.open(p.resolve(".crochet/ledger.db"))) {
			assertThat(ledger.batch("readings").orElseThrow()).satisfies(b -> {
				assertThat(b.status()).isEqualTo(BatchStatus.COMMITTED);
				assertThat(b.recordCount()).isEqualTo(CliProcesses.ROWS);
			});
		}
		LauncherITCase.Result verify = LauncherITCase.crochet(p, "verify");
		assertThat(verify.exit()).as(verify.out()).isZero();
	}

	/**
	 * Ctrl-C sends SIGINT. A process started from a script's background job inherits
	 * SIGINT ignored, and the JVM then leaves it ignored (as a shell would), so the
	 * crochet process is started through {@code env --default-signal=INT}, which restores
	 * the default a terminal's foreground job has.
	 */
	@Test
	void ctrlCDuringAnIngestRollsBackUnlocksAndExits130(@TempDir Path tmp) throws Exception {
		assumeTrue(envResetsSigint(), "env --default-signal (coreutils 8.31+) is not available to restore SIGINT");
		Path p = CliProcesses.ingestProject(tmp);
		CliProcesses.Running upgrade = new CliProcesses.Running(List.of("env", "--default-signal=INT"), p,
				Map.of("CROCHET_FAULT_POINT", "chunk-committed:3:go", "CROCHET_TEST_SLOW_ROWS", "1"), "upgrade");
		upgrade.awaitErr("crochet-fault-point chunk-committed 3", 120);

		Process kill = new ProcessBuilder("kill", "-INT", Long.toString(upgrade.process.pid())).inheritIO().start();
		assertThat(kill.waitFor()).isZero();

		assertThat(upgrade.exit(60)).as(upgrade.err().toString()).isEqualTo(ExitCode.INTERRUPTED);
		assertThat(upgrade.messages()).as(upgrade.err().toString())
			.containsExactly(
					"crochet: interrupted by SIGINT; revision 0002_ingest was rolled back, the lock is released");
		try (Ledger ledger = Ledger.open(p.resolve(".crochet/ledger.db"))) {
			assertThat(ledger.lockHolder()).isEmpty();
			assertThat(ledger.intent()).as("no step left journaled").isEmpty();
			assertThat(ledger.head().orElseThrow().revision()).isEqualTo("0001_add_person");
			assertThat(ledger.events().stream().filter(e -> e.kind().equals("FAILURE")).toList()).singleElement()
				.satisfies(e -> assertThat(e.detail()).contains("SIGINT"));
			assertThat(ledger.batch("readings").map(BatchRecord::status)).isNotEqualTo(Optional.of(BatchStatus.OPEN));
		}
		LauncherITCase.Result verify = LauncherITCase.crochet(p, "verify");
		// Rolled back whole: the revision is pending again, and nothing else is wrong.
		assertThat(verify.out().lines().filter(l -> l.startsWith("[FAIL]")).toList()).as(verify.out())
			.containsExactly("[FAIL] nothing pending");
	}

	private static boolean envResetsSigint() throws Exception {
		Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
		probe.getInputStream().readAllBytes();
		return probe.waitFor() == 0;
	}

}
