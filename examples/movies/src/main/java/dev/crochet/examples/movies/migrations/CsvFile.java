package dev.crochet.examples.movies.migrations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A small RFC 4180 CSV reader for the example's data files. Rows are read lazily, one line at a
 * time, each time the returned {@link Iterable} is iterated, so a large file never sits in memory.
 */
final class CsvFile {

	private CsvFile() {
	}

	/** The file behind a classpath resource (the example runs from its classes folder). */
	static Path resource(String name) {
		try {
			return Path.of(CsvFile.class.getResource(name).toURI());
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new IllegalStateException("Data file " + name + " is not on the classpath", ex);
		}
	}

	/** Rows of {@code file} as header-keyed maps, each passed through {@code mapper}. */
	static Iterable<Map<String, Object>> rows(Path file, Function<Map<String, String>, Map<String, Object>> mapper) {
		return () -> new Iterator<>() {

			private final BufferedReader reader = open(file);

			private final List<String> header = CsvFile.record(reader);

			private List<String> line = CsvFile.record(reader);

			@Override
			public boolean hasNext() {
				return line != null;
			}

			@Override
			public Map<String, Object> next() {
				if (line == null) {
					throw new NoSuchElementException();
				}
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), i < line.size() ? line.get(i) : "");
				}
				line = CsvFile.record(reader);
				return mapper.apply(row);
			}
		};
	}

	private static BufferedReader open(Path file) {
		try {
			return Files.newBufferedReader(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The next record's fields, or null at the end (closing the reader). */
	private static List<String> record(BufferedReader reader) {
		try {
			String line = reader.readLine();
			if (line == null) {
				reader.close();
				return null;
			}
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = !quoted;
				}
				else if (c == ',' && !quoted) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
			fields.add(field.toString());
			return fields;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
