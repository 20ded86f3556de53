package dev.crochet.engine;

import dev.crochet.CrochetException;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Ledger rows for batches, with the checksum of their source file so {@code verify} can
 * tell when a file that fed the graph has changed since.
 */
final class BatchSources {

	/** Recorded as the batch's loader version. */
	static final String LOADER_VERSION = "crochet-" + CrochetVersion.VERSION;

	private BatchSources() {
	}

	static BatchRecord record(BeginBatch begin, String revision) {
		Path source = begin.sourceFile();
		String file = source == null ? null : source.toAbsolutePath().normalize().toString();
		String checksum = source == null ? null : checksum(source);
		return new BatchRecord(begin.batchId(), revision, file, checksum, LOADER_VERSION, 0, BatchStatus.OPEN,
				Instant.now());
	}

	/** SHA-256 hex of a file, streamed. */
	static String checksum(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new CrochetException("Cannot read batch source file " + file + ": " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
