package dev.crochet.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A file-system error in words a user can act on. {@link AccessDeniedException}'s own
 * message is only the path; "Cannot create .crochet/classes.new" with no reason left a
 * read-only project a puzzle, so the refused permission is always named.
 *
 * <pre>{@code
 * "Cannot write " + file + ": " + FileErrors.describe(ex)   // "...: permission denied (the folder is read-only)"
 * }</pre>
 */
final class FileErrors {

	private FileErrors() {
	}

	static String describe(IOException ex) {
		if (ex instanceof AccessDeniedException denied) {
			return (denied.getFile() == null ? "" : denied.getFile() + ": ") + "permission denied"
					+ readOnlyHint(denied.getFile());
		}
		if (ex instanceof NoSuchFileException missing) {
			return (missing.getFile() == null ? "" : missing.getFile() + ": ") + "no such file or folder";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return (fs.getFile() == null ? "" : fs.getFile() + ": ") + reason(fs.getReason());
		}
		return ex.getMessage() == null ? ex.toString() : reason(ex.getMessage());
	}

	/**
	 * What a storage failure anywhere in {@code ex}'s causes means for the ledger, as a
	 * clause to add to its message; empty when it was no storage failure. SQLite reports
	 * a full disk as {@code [SQLITE_FULL]} and nothing more, which named neither the file
	 * nor the cause.
	 */
	static String ledgerClause(Throwable ex, Path ledger) {
		for (Throwable cause : failures(ex)) {
			String message = String.valueOf(cause.getMessage());
			String lower = message.toLowerCase(Locale.ROOT);
			if (message.contains("SQLITE_FULL") || lower.contains("no space left") || lower.contains("disk is full")) {
				return " (the ledger " + ledger
						+ " cannot be written: disk full; free some space, then run 'crochet status'"
						+ " and 'crochet verify')";
			}
			boolean unwritable = !Files.isWritable(ledger) || !Files.isWritable(ledger.toAbsolutePath().getParent());
			if (message.contains("SQLITE_READONLY") || (message.contains("SQLITE_CANTOPEN") && unwritable)) {
				return " (the ledger " + ledger
						+ " cannot be written: permission denied (the file or its folder is read-only))";
			}
			boolean io = message.contains("SQLITE_IOERR") || message.contains("SQLITE_CANTOPEN");
			Path folder = ledger.toAbsolutePath().getParent();
			if (io && FreeSpace.full(folder)) {
				// On a full disk SQLite cannot even map its shared-memory file to read:
				// SQLITE_IOERR_SHMSIZE, "disk I/O error".
				return " (the ledger " + ledger + " cannot be read or written: no space left on " + folder + " ("
						+ FreeSpace.of(folder) + " bytes free); free some space, then run the command again)";
			}
			if (io) {
				return " (the ledger " + ledger + " cannot be read or written: an I/O error; check the disk and the"
						+ " file's permissions)";
			}
		}
		return "";
	}

	/**
	 * {@code ex}, its causes, and what was suppressed along the way (a run that failed on
	 * a full disk then fails to record that in the ledger, and keeps that second failure
	 * as a suppressed one).
	 */
	private static List<Throwable> failures(Throwable ex) {
		List<Throwable> all = new ArrayList<>();
		Deque<Throwable> next = new ArrayDeque<>(List.of(ex));
		while (!next.isEmpty() && all.size() < 50) {
			Throwable failure = next.pop();
			if (all.stream().noneMatch(seen -> seen == failure)) {
				all.add(failure);
				if (failure.getCause() != null) {
					next.push(failure.getCause());
				}
				next.addAll(List.of(failure.getSuppressed()));
			}
		}
		return all;
	}

	/**
	 * ENOSPC and EROFS as they read to a user; other reasons as the system gives them.
	 */
	static String reason(String reason) {
		String lower = reason.toLowerCase(Locale.ROOT);
		if (lower.contains("no space left")) {
			return "disk full (" + reason + ")";
		}
		if (lower.contains("read-only file system")) {
			return "permission denied (the file system is read-only)";
		}
		return reason;
	}

	private static String readOnlyHint(String file) {
		if (file == null) {
			return "";
		}
		Path path = Path.of(file);
		Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
		while (folder != null && !Files.exists(folder)) {
			folder = folder.getParent();
		}
		return folder != null && !Files.isWritable(folder) ? " (the folder " + folder + " is read-only)" : "";
	}

}
