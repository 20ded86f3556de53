package dev.crochet.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SQLite's quick_check on the ledger file: an intact ledger has no damage; three pages of
 * events overwritten with garbage are found, worded as SQLite words them, and
 * {@code requireIntact} refuses with the file's name.
 */
class LedgerIntegrityTest {

	@TempDir
	Path dir;

	@Test
	void anIntactLedgerHasNoDamage() {
		Path file = dir.resolve("ledger.db");
		try (Ledger ledger = Ledger.open(file)) {
			recordChain(ledger, 50);

			assertThat(ledger.damage()).isEmpty();
			ledger.requireIntact();
		}
	}

	@Test
	void overwrittenPagesAreFoundAndRefused() throws Exception {
		Path file = dir.resolve("ledger.db");
		try (Ledger ledger = Ledger.open(file)) {
			recordChain(ledger, 50);
			for (int i = 0; i < 1000; i++) {
				ledger.append(LedgerEvent.of("NOTE", null, "OK", "event " + i + " of a long history"));
			}
		}
		String events = RawSqlite.queryString(file, "SELECT rootpage FROM sqlite_master WHERE name = 'events'");
		List<Long> pages = overwriteMiddlePages(file, 3);

		try (Ledger ledger = Ledger.open(file)) {
			List<String> damage = ledger.damage();
			assertThat(damage).as("each overwritten page, in the events table's tree")
				.containsExactlyInAnyOrderElementsOf(pages.stream()
					.map(p -> "Tree " + events + " page " + p + ": btreeInitPage() returns error code 11")
					.toList());
			assertThatThrownBy(ledger::requireIntact).isInstanceOf(LedgerDamagedException.class)
				.hasMessage("The ledger " + file + " is damaged (SQLite quick_check: " + damage.get(0)
						+ ", and 2 more; in the table events); nothing was run. Restore it from a backup, or salvage"
						+ " what SQLite can still read (sqlite3 " + file + " .recover), then run 'crochet verify'");
		}
	}

	/** What a 50-revision chain leaves: journal, revision, event and snapshot each. */
	static void recordChain(Ledger ledger, int revisions) {
		String parent = null;
		for (int i = 1; i <= revisions; i++) {
			String revision = String.format("%04d_revision_%d", i, i);
			Instant now = Instant.now();
			ledger.recordIntent(new StepIntent(revision, "UPGRADE", 1, 1, "create index on :Label" + i + "(p)", null,
					"1@host/main/abcd", now, now, false, "checksum" + i), null, false);
			ledger.recordUpgrade(
					new AppliedMigration(revision, parent, "revision " + i, "hash" + i, "checksum" + i, true, now, 12),
					LedgerEvent.of("UPGRADE", revision, "OK", "12 ms"));
			ledger.saveSnapshot("hash" + i, "{\"labels\":[\"Label" + i + "\"]}");
			parent = revision;
		}
	}

	/**
	 * Overwrites {@code count} pages in the middle of {@code file} with garbage; returns
	 * their numbers as SQLite counts them (from 1).
	 */
	static List<Long> overwriteMiddlePages(Path file, int count) throws IOException {
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

}
