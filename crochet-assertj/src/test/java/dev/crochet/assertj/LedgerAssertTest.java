package dev.crochet.assertj;

import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.migration.MigrationChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.crochet.assertj.CrochetAssertions.assertThat;
import static dev.crochet.assertj.TestMigrations.migration;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerAssertTest {

	@TempDir
	Path dir;

	Ledger ledger;

	Ledger empty;

	final MigrationChain chain = MigrationChain.of(List.of(migration("0001_init", null),
			migration("0002_people", "0001_init"), migration("0003_rename", "0002_people")));

	@BeforeEach
	void record() {
		// GIVEN a ledger with 0001 and 0002 applied and the committed batch "people" of
		// 0002
		ledger = Ledger.open(dir.resolve("ledger.db"));
		ledger.recordApplied(applied("0001_init", null));
		ledger.recordApplied(applied("0002_people", "0001_init"));
		ledger.recordBatch(
				new BatchRecord("people", "0002_people", null, null, null, 2, BatchStatus.COMMITTED, Instant.now()));
		empty = Ledger.open(dir.resolve("empty.db"));
	}

	@AfterEach
	void close() {
		ledger.close();
		empty.close();
	}

	private static AppliedMigration applied(String revision, String parent) {
		return new AppliedMigration(revision, parent, revision, null, null, true, Instant.now(), 5);
	}

	@Test
	void isAtRevision() {
		assertThat(ledger).isAtRevision("0002_people");
		assertThat(empty).isAtBase();
	}

	@Test
	void isAtRevisionFails() {
		assertThatThrownBy(() -> assertThat(ledger).isAtRevision("0003_rename")).hasMessage(format(
				"%nExpecting the ledger to be at revision:%n  \"0003_rename\"%nbut its head is:%n  \"0002_people\""));
	}

	@Test
	void isAtRevisionFailsWhenNothingIsApplied() {
		assertThatThrownBy(() -> assertThat(empty).isAtRevision("0001_init")).hasMessage(
				format("%nExpecting the ledger to be at revision:%n  \"0001_init\"%nbut no revision is applied"));
	}

	@Test
	void isAtBaseFails() {
		assertThatThrownBy(() -> assertThat(ledger).isAtBase()).hasMessage(
				format("%nExpecting the ledger to have no revision applied, but its head is:%n  \"0002_people\""));
	}

	@Test
	void hasApplied() {
		assertThat(ledger).hasApplied("0002_people").hasAppliedExactly("0001_init", "0002_people");
	}

	@Test
	void hasAppliedFails() {
		assertThatThrownBy(() -> assertThat(ledger).hasApplied("0001_init", "0003_rename"))
			.hasMessage(format("%nExpecting the ledger to have applied:%n  [\"0001_init\", \"0003_rename\"]%n"
					+ "but these are not applied:%n  [\"0003_rename\"]%n"
					+ "applied (oldest first):%n  [\"0001_init\", \"0002_people\"]"));
	}

	@Test
	void hasAppliedExactlyFails() {
		assertThatThrownBy(() -> assertThat(ledger).hasAppliedExactly("0002_people", "0001_init"))
			.hasMessage(format("%nExpecting the ledger to have applied exactly (oldest first):%n"
					+ "  [\"0002_people\", \"0001_init\"]%nbut applied:%n  [\"0001_init\", \"0002_people\"]"));
	}

	@Test
	void hasPending() {
		assertThat(ledger).hasPending(chain, "0003_rename");
		assertThat(empty).hasPending(chain, "0001_init", "0002_people", "0003_rename");
	}

	@Test
	void hasPendingFails() {
		assertThatThrownBy(() -> assertThat(ledger).hasNoPending(chain))
			.hasMessage(format("%nExpecting the pending revisions (in the chain, not in the ledger) to be:%n  []%n"
					+ "but they are:%n  [\"0003_rename\"]"));
	}

	@Test
	void hasBatch() {
		assertThat(ledger).hasBatch("people")
			.hasBatch("people", BatchStatus.COMMITTED)
			.hasBatchWithRecords("people", 2);
	}

	@Test
	void hasBatchFails() {
		assertThatThrownBy(() -> assertThat(ledger).hasBatch("movies")).hasMessage(
				format("%nExpecting the ledger to record batch:%n  \"movies\"%nbut its batches are:%n  [\"people\"]"));
	}

	@Test
	void hasBatchStatusFails() {
		assertThatThrownBy(() -> assertThat(ledger).hasBatch("people", BatchStatus.DELETED)).hasMessage(
				format("%nExpecting batch \"people\" in the ledger to have status:%n  DELETED%nbut had:%n  COMMITTED"));
	}

	@Test
	void hasBatchWithRecordsFails() {
		assertThatThrownBy(() -> assertThat(ledger).hasBatchWithRecords("people", 3)).hasMessage(
				format("%nExpecting batch \"people\" in the ledger to record:%n  3 entities%nbut it records:%n  2"));
	}

}
