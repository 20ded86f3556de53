package dev.crochet.ir;

import dev.crochet.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The schema hash recorded for a revision that declares none: a chain written by hand
 * gives {@code create-migration} nothing to diff against until its head's schema is
 * recorded ({@code crochet record-schema}). The snapshot itself is an ordinary
 * {@code <hash>.json} ({@link SnapshotFiles}); this file, {@value #FILE_NAME} next to it,
 * says which revision it belongs to, one {@code revision=hash} line each, sorted, so it
 * merges like any other source file.
 *
 * <p>
 * Looked up like the snapshots: the given directories first, then the class path under
 * {@value SnapshotFiles#RESOURCE_DIR}.
 */
public final class RecordedRevisions {

	/** The file's name, in a snapshot directory. */
	public static final String FILE_NAME = "recorded-revisions.properties";

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private RecordedRevisions() {
	}

	/** The hash recorded for {@code revision} in the first place that names it. */
	public static Optional<String> find(String revision, ClassLoader loader, List<Path> dirs) {
		for (Path dir : dirs) {
			Path file = dir.resolve(FILE_NAME);
			if (Files.isRegularFile(file)) {
				Optional<String> hash = Optional.ofNullable(read(file).get(revision));
				if (hash.isPresent()) {
					return hash;
				}
			}
		}
		String resource = SnapshotFiles.RESOURCE_DIR + FILE_NAME;
		try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
			if (in == null) {
				return Optional.empty();
			}
			return Optional.ofNullable(
					parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "class path resource " + resource)
						.get(revision));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Adds (or replaces) {@code revision}'s line in {@code dir}'s file and returns the
	 * file.
	 */
	public static Path write(Path dir, String revision, String hash) {
		if (!HASH.matcher(hash).matches()) {
			throw new IllegalArgumentException("Not a schema hash: " + hash);
		}
		Path file = dir.resolve(FILE_NAME);
		Map<String, String> lines = Files.isRegularFile(file) ? read(file) : new TreeMap<>();
		lines.put(revision, hash);
		StringBuilder text = new StringBuilder(
				"# Schema hashes recorded by 'crochet record-schema' for revisions that declare none\n");
		lines.forEach((id, h) -> text.append(line(id, h)));
		try {
			Files.createDirectories(dir);
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** One entry as {@link Properties} writes it (its escaping), without the date. */
	private static String line(String revision, String hash) {
		Properties one = new Properties();
		one.setProperty(revision, hash);
		StringWriter out = new StringWriter();
		try {
			one.store(out, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().lines().filter(l -> !l.startsWith("#")).map(l -> l + "\n").collect(Collectors.joining());
	}

	private static Map<String, String> read(Path file) {
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static Map<String, String> parse(String text, String where) {
		Properties properties = new Properties();
		try (Reader in = new StringReader(text)) {
			properties.load(in);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new ValidationException("Cannot read " + where + ": " + ex.getMessage(), ex);
		}
		Map<String, String> hashes = new TreeMap<>();
		for (String revision : properties.stringPropertyNames()) {
			String hash = properties.getProperty(revision).strip();
			if (!HASH.matcher(hash).matches()) {
				throw new ValidationException(where + " records '" + hash + "' for revision " + revision
						+ ", which is not a schema hash; restore the file from version control or record the revision"
						+ " again with 'crochet record-schema --force'");
			}
			hashes.put(revision, hash);
		}
		return hashes;
	}

}
