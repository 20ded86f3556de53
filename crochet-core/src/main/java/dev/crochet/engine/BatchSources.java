package dev.crochet.engine;

import dev.crochet.CrochetException;
import dev.crochet.JarEntryPaths;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
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
 *
 * <p>
 * A source file inside the project is recorded relative to it, and read back against
 * wherever the project is now: recorded as an absolute path, a moved project failed
 * {@code verify} for a file it still had, and a copy checked the original's file instead
 * of its own. A file outside the project keeps its absolute path, and so do the rows of
 * older ledgers, which are read as they are.
 */
final class BatchSources {

	/** Recorded as the batch's loader version. */
	static final String LOADER_VERSION = "crochet-" + CrochetVersion.VERSION;

	private final Path project;

	/**
	 * @param project the folder source files are recorded relative to (the CLI's project
	 * folder, else the working directory)
	 */
	BatchSources(Path project) {
		this.project = project.toAbsolutePath().normalize();
	}

	BatchRecord record(BeginBatch begin, String revision) {
		Path source = begin.sourceFile();
		String file = source == null ? null : recorded(source);
		String checksum = source == null ? null : checksum(source);
		return new BatchRecord(begin.batchId(), revision, file, checksum, LOADER_VERSION, 0, BatchStatus.OPEN,
				Instant.now());
	}

	/**
	 * How the ledger names {@code file}: relative to the project when inside it, with
	 * {@code /} between names whatever the system (so a ledger reads the same on
	 * Windows), else absolute.
	 */
	String recorded(Path file) {
		if (file.getFileSystem() != FileSystems.getDefault()) {
			// A jar entry: its path alone ("/data/people.csv") would not say which jar.
			return file.toUri().toString();
		}
		Path absolute = file.toAbsolutePath().normalize();
		if (!absolute.startsWith(project) || absolute.equals(project)) {
			return absolute.toString();
		}
		return project.relativize(absolute).toString().replace(absolute.getFileSystem().getSeparator(), "/");
	}

	/**
	 * The file a ledger row names: a relative path against the project as it is now, an
	 * absolute one as it is.
	 */
	Path resolve(String recorded) {
		if (recorded.startsWith("jar:")) {
			return jarEntry(recorded);
		}
		return project.resolve(recorded).normalize();
	}

	/**
	 * The jar entry a ledger row names, or when the jar itself is gone, the jar's path,
	 * which then does not exist either: verify reports the source as missing.
	 */
	private static Path jarEntry(String recorded) {
		URI uri = URI.create(recorded);
		try {
			return JarEntryPaths.of(uri);
		}
		catch (UncheckedIOException | FileSystemNotFoundException | IllegalArgumentException ex) {
			String jar = uri.getRawSchemeSpecificPart();
			int entry = jar.indexOf("!/");
			return Path.of(URI.create(entry < 0 ? jar : jar.substring(0, entry)));
		}
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
