package dev.crochet.ir;

import dev.crochet.CrochetException;
import dev.crochet.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Schema snapshots kept as files next to the migrations, one {@code <schema hash>.json}
 * per schema a migration was generated for. The ledger keeps them too, but a ledger is a
 * local file: a fresh clone, a CI job or a test starts without one and could then neither
 * diff the models against the head migration nor say what drifted. The files travel with
 * the code.
 *
 * <p>
 * Looked up in the given directories (the CLI's {@code snapshots/}), then on the class
 * path under {@value #RESOURCE_DIR} (for a build that ships them as resources). A file
 * whose content does not hash to its name is refused rather than trusted.
 *
 * <pre>{@code
 * SnapshotFiles.write(Path.of("snapshots"), models);                     // snapshots/<hash>.json
 * Optional<SchemaSnapshot> head = SnapshotFiles.find(hash, loader, List.of(Path.of("snapshots")));
 * }</pre>
 */
public final class SnapshotFiles {

	/** Where snapshots are looked up on the class path. */
	public static final String RESOURCE_DIR = "crochet/snapshots/";

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private SnapshotFiles() {
	}

	public static String fileName(String hash) {
		return hash + ".json";
	}

	/**
	 * Writes {@code snapshot} as {@code
	 *
	<dir>
	 * /<hash>.json} (its canonical JSON) and returns the file.
	 */
	public static Path write(Path dir, SchemaSnapshot snapshot) {
		Path file = dir.resolve(fileName(snapshot.hash()));
		try {
			Files.createDirectories(dir);
			Files.writeString(file, snapshot.toCanonicalJson() + "\n", StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the schema snapshot " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The snapshot of {@code hash} from the first directory that has it, else from the
	 * class path.
	 */
	public static Optional<SchemaSnapshot> find(String hash, ClassLoader loader, List<Path> dirs) {
		if (hash == null || !HASH.matcher(hash).matches()) {
			return Optional.empty();
		}
		for (Path dir : dirs) {
			Path file = dir.resolve(fileName(hash));
			if (Files.isRegularFile(file)) {
				try {
					return Optional.of(checked(hash, Files.readString(file, StandardCharsets.UTF_8), file.toString()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read the schema snapshot " + file + ": " + ex.getMessage(),
							ex);
				}
			}
		}
		String resource = RESOURCE_DIR + fileName(hash);
		try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
			return in == null ? Optional.empty() : Optional.of(checked(hash,
					new String(in.readAllBytes(), StandardCharsets.UTF_8), "class path resource " + resource));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the schema snapshot " + resource + ": " + ex.getMessage(), ex);
		}
	}

	private static SchemaSnapshot checked(String hash, String json, String where) {
		SchemaSnapshot snapshot;
		try {
			snapshot = SchemaSnapshot.fromJson(json.strip());
		}
		catch (CrochetException ex) {
			throw new ValidationException("The schema snapshot " + where + " cannot be read: " + ex.getMessage(), ex);
		}
		if (!snapshot.hash().equals(hash)) {
			throw new ValidationException("The schema snapshot " + where + " holds a schema with hash "
					+ snapshot.hash() + ", not the " + hash
					+ " of its name; it was edited or renamed. Restore it from version control" + " or delete it");
		}
		return snapshot;
	}

}
