package dev.crochet.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A tracked data batch. No foreign key to applied migrations: a batch is recorded while
 * its migration is still running.
 *
 * @param sourceFile null when the batch did not come from a file
 * @param checksum SHA-256 hex of the source file, or null
 * @param loaderVersion free text naming the loader (Crochet version), or null
 * @param recordCount entities created so far
 */
public record BatchRecord(String batchId, String migrationId, String sourceFile, String checksum, String loaderVersion,
		long recordCount, BatchStatus status, Instant createdAt) {

	public BatchRecord {
		Objects.requireNonNull(batchId, "batchId");
		Objects.requireNonNull(migrationId, "migrationId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(createdAt, "createdAt");
	}
}
