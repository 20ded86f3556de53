package dev.crochet;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Rows of a CSV file (RFC 4180, first line the header) for the data operations of a
 * migration, read with Jackson's streaming CSV parser: each time the rows are iterated
 * the file is opened and read one record at a time, so a file larger than memory loads in
 * chunks like any other rows. The file may be an entry of a jar ({@link #resource}); it
 * is inflated as it is read.
 *
 * <pre>{@code
 * Path people = CsvRows.resource(V0002LoadPeople.class, "/data/people.csv");
 * ctx.beginBatch("people-csv", people);          // the ledger records the file's checksum
 * ctx.createNodes("Person", CsvRows.read(people,
 *         row -> Map.of("name", row.get("name"), "born", Integer.parseInt(row.get("born")))));
 * }</pre>
 */
public final class CsvRows {

	private static final CsvMapper MAPPER = new CsvMapper();

	private CsvRows() {
	}

	/**
	 * The rows of {@code file}, each a header-keyed map of strings (a short record lacks
	 * the keys of its missing fields) passed through {@code mapper}, which converts and
	 * picks the properties to write.
	 */
	public static Iterable<Map<String, Object>> read(Path file,
			Function<Map<String, String>, Map<String, Object>> mapper) {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(mapper, "mapper");
		return () -> new Rows(file, mapper);
	}

	/**
	 * The file behind the class path resource {@code name} (resolved like
	 * {@link Class#getResource}), for {@link MigrationContext#beginBatch(String, Path)},
	 * which checksums the file. The resource may be a file in a folder (classes run from
	 * {@code target/classes}) or an entry of a jar (failsafe's class path, an application
	 * run from its jar): a jar entry is read from the jar as a stream, never copied out.
	 * @throws ValidationException naming the resource when it is missing or neither a
	 * file nor a jar entry (a jar nested in a jar, a web address)
	 */
	public static Path resource(Class<?> anchor, String name) {
		URL url = anchor.getResource(name);
		if (url == null) {
			throw new ValidationException("Data file " + name + " is not on the class path of " + anchor.getName());
		}
		try {
			return JarEntryPaths.of(url.toURI());
		}
		catch (URISyntaxException | FileSystemNotFoundException | IllegalArgumentException | UncheckedIOException ex) {
			throw new ValidationException("Data file " + name + " is at " + url
					+ ", which is neither a file on disk nor an entry of a jar file; copy it out or pass a file path",
					ex);
		}
	}

	/** One pass over the file; closes it at the end. */
	private static final class Rows implements Iterator<Map<String, Object>> {

		private final Path file;

		private final Function<Map<String, String>, Map<String, Object>> mapper;

		private final MappingIterator<Map<String, String>> records;

		Rows(Path file, Function<Map<String, String>, Map<String, Object>> mapper) {
			this.file = file;
			this.mapper = mapper;
			try {
				this.records = MAPPER.readerForMapOf(String.class)
					.with(CsvSchema.emptySchema().withHeader())
					.readValues(Files.newInputStream(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read CSV file " + file + ": " + ex.getMessage(), ex);
			}
		}

		@Override
		public boolean hasNext() {
			try {
				if (records.hasNextValue()) {
					return true;
				}
				records.close();
				return false;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read CSV file " + file + ": " + ex.getMessage(), ex);
			}
		}

		@Override
		public Map<String, Object> next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			try {
				return mapper.apply(records.nextValue());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read CSV file " + file + " at line "
						+ records.getCurrentLocation().getLineNr() + ": " + ex.getMessage(), ex);
			}
		}

	}

}
