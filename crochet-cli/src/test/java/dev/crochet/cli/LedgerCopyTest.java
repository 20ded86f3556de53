package dev.crochet.cli;

import dev.crochet.embedded.Folders;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.Ledger;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerCopyTest {

	@Test
	void theCopyHoldsWhatTheLedgerHolds(@TempDir Path tmp) {
		Path file = tmp.resolve("ledger.db");
		// Kept open: what it recorded may still be only in the write-ahead log, which
		// must be copied too.
		try (Ledger ledger = Ledger.open(file)) {
			ledger.recordApplied(new AppliedMigration("0001_a", null, "a", null, "source:" + "ab".repeat(32), true,
					Instant.parse("2026-01-01T00:00:00Z"), 5));

			Path copy = LedgerCopy.of(file);

			assertThat(copy.getParent()).isNotEqualTo(tmp);
			try (Ledger read = Ledger.open(copy)) {
				assertThat(read.applied()).extracting(AppliedMigration::revision, AppliedMigration::checksum)
					.containsExactly(Tuple.tuple("0001_a", "source:" + "ab".repeat(32)));
			}
			Folders.delete(copy.getParent());
		}
	}

}
