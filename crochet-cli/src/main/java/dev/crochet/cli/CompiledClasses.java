package dev.crochet.cli;

import dev.crochet.embedded.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's compiled classes kept in {@code .crochet/compiled/<key>}, so that a
 * command whose sources did not change does not run javac again (a CLI call spent about a
 * tenth of its CPU there).
 *
 * <p>
 * The key is a hash of everything the classes are made from: each source's path and
 * bytes, the class path compiled against (each jar's path, size and time) and the JDK. A
 * changed byte anywhere is a new key, so a stale class is never used; that matters more
 * than the time saved, because a migration's checksum is read from the source copied next
 * to its class.
 *
 * <p>
 * An entry is only ever complete: it is compiled into a folder of its own and renamed
 * into place in one step, so two commands started together either both compile and one
 * rename wins, or one finds the other's finished entry. An entry is never changed after
 * that, and only entries unused for {@link #UNUSED_FOR} are removed: a long upgrade still
 * loads its migrations' inner classes hours after it started.
 */
final class CompiledClasses {

	/**
	 * Bumped when what goes into an entry changes, so old entries are not read by a newer
	 * CLI.
	 */
	private static final String FORMAT = "crochet-compiled-1";

	private static final String BUILDING = ".building-";

	static final Duration UNUSED_FOR = Duration.ofDays(7);

	private CompiledClasses() {
	}

	/** The key for these sources compiled against {@code classpath} by this JDK. */
	static String key(Project project, List<Path> modelSources, List<Path> migrationSources, List<Path> classpath) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, FORMAT);
			update(digest, System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
			update(digest, System.getProperty("java.home"));
			for (Path entry : classpath) {
				update(digest, entry.toAbsolutePath().toString());
				if (Files.isRegularFile(entry)) {
					update(digest, Files.size(entry) + " " + Files.getLastModifiedTime(entry).toMillis());
				}
			}
			for (List<Path> sources : List.of(modelSources, migrationSources)) {
				update(digest, "sources " + sources.size());
				for (Path source : sources) {
					update(digest, project.relative(source));
					digest.update(Files.readAllBytes(source));
				}
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	/**
	 * The finished entry for {@code key}, marked as used now; empty when there is none.
	 */
	static Optional<Path> find(Path root, String key) {
		Path entry = root.resolve(key);
		if (!Files.isDirectory(entry)) {
			return Optional.empty();
		}
		try {
			Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
		}
		catch (IOException ignored) {
			// A read-only project still uses its entry; it only cannot mark it as used.
		}
		return Optional.of(entry);
	}

	/**
	 * A new folder to compile into under {@code root}, on the same file system as the
	 * entries so that it can be renamed into place; empty when the project's state folder
	 * cannot be written.
	 */
	static Optional<Path> newBuildFolder(Path root) {
		try {
			Files.createDirectories(root);
			removeUnused(root);
			return Optional.of(Files.createTempDirectory(root, BUILDING + ProcessHandle.current().pid() + "-"));
		}
		catch (IOException | UncheckedIOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Renames the finished {@code built} folder into place as the entry for {@code key}
	 * and returns the entry: {@code built} itself, or the entry another command put there
	 * first (then {@code built} goes). Empty when it could not be renamed; {@code built}
	 * then stays, for the caller to use and delete.
	 */
	static Optional<Path> publish(Path root, Path built, String key) {
		Path entry = root.resolve(key);
		try {
			Files.move(built, entry, StandardCopyOption.ATOMIC_MOVE);
			return Optional.of(entry);
		}
		catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
			Folders.delete(built);
			return Optional.of(entry);
		}
		catch (IOException ex) {
			if (Files.isDirectory(entry)) {
				Folders.delete(built);
				return Optional.of(entry);
			}
			return Optional.empty();
		}
	}

	/**
	 * Entries unused for {@link #UNUSED_FOR}, and build folders of commands that died.
	 */
	private static void removeUnused(Path root) {
		Instant before = Instant.now().minus(UNUSED_FOR);
		try (Stream<Path> entries = Files.list(root)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				String name = entry.getFileName().toString();
				boolean remove = name.startsWith(BUILDING) ? !alive(name.substring(BUILDING.length()))
						: Files.getLastModifiedTime(entry).toInstant().isBefore(before);
				if (remove) {
					try {
						Folders.delete(entry);
					}
					catch (UncheckedIOException ignored) {
						// Housekeeping only: it is tried again by the next command.
					}
				}
			}
		}
		catch (IOException ignored) {
			// Housekeeping only: a folder left over costs disk space, not correctness.
		}
	}

	/**
	 * Whether the process whose id starts {@code rest} ({@code <pid>-<random>}) is still
	 * running; a name that starts with no number is not one of ours and counts as alive,
	 * so it is left alone.
	 */
	static boolean alive(String rest) {
		int dash = rest.indexOf('-');
		try {
			return ProcessHandle.of(Long.parseLong(dash < 0 ? rest : rest.substring(0, dash))).isPresent();
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

}
