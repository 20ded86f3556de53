package dev.crochet.migration;

import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds {@code .cypher} files and parses each: in classpath folders (resources of a
 * ClassGraph scan, recursively, in directories and jars) and in file-system locations
 * ({@code file:/abs/path} or a plain path, walked recursively; a single file is allowed
 * too).
 */
final class CypherMigrations {

	static final String CLASSPATH_PREFIX = "classpath:";

	private static final String FILE_PREFIX = "file:";

	private static final String EXTENSION = ".cypher";

	private CypherMigrations() {
	}

	static boolean isClasspath(String location) {
		return location.startsWith(CLASSPATH_PREFIX);
	}

	/**
	 * The resource folder of a {@code classpath:} location, without leading or trailing
	 * slashes.
	 */
	static String classpathFolder(String location) {
		String folder = location.substring(CLASSPATH_PREFIX.length()).strip();
		while (folder.startsWith("/")) {
			folder = folder.substring(1);
		}
		while (folder.endsWith("/")) {
			folder = folder.substring(0, folder.length() - 1);
		}
		if (folder.isEmpty()) {
			// The whole classpath would be searched (every jar), which is never what
			// anyone means.
			throw new MigrationException(
					"Classpath location '" + location + "' must name a folder, e.g. classpath:db/crochet");
		}
		return folder;
	}

	/** The path of a {@code file:} or plain location. */
	static Path path(String location) {
		if (!location.startsWith(FILE_PREFIX)) {
			return Path.of(location);
		}
		String rest = location.substring(FILE_PREFIX.length());
		if (rest.startsWith("/")) {
			try {
				return Path.of(URI.create(location));
			}
			catch (IllegalArgumentException ex) {
				// Not a well-formed URI (e.g. an unescaped space): read it as a plain
				// path.
			}
		}
		return Path.of(rest);
	}

	/**
	 * The Cypher files under {@code folders} among the resources of {@code scan}, by
	 * resource path.
	 */
	static List<ResolvedMigration> fromClasspath(ScanResult scan, Collection<String> folders) {
		List<ResolvedMigration> migrations = new ArrayList<>();
		for (Resource resource : scan.getAllResources()) {
			String path = resource.getPath();
			if (!isCypher(path) || folders.stream().noneMatch(folder -> path.startsWith(folder + "/"))) {
				continue;
			}
			String location = CLASSPATH_PREFIX + path;
			String content;
			try {
				content = new String(resource.load(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new MigrationException("Cypher migration '" + location + "' cannot be read: " + ex.getMessage(),
						ex);
			}
			migrations.add(CypherMigrationParser.parse(location, content));
		}
		migrations.sort(Comparator.comparing(ResolvedMigration::location));
		return migrations;
	}

	/** The Cypher files at or under {@code root}, by path. */
	static List<ResolvedMigration> fromFileSystem(Path root) {
		if (!Files.exists(root)) {
			throw new MigrationException("Migration location '" + root + "' does not exist");
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter(Files::isRegularFile)
				.filter(p -> isCypher(p.getFileName().toString()))
				.sorted()
				.toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new MigrationException("Migration location '" + root + "' cannot be read: " + ex.getMessage(), ex);
		}
		List<ResolvedMigration> migrations = new ArrayList<>();
		for (Path file : files) {
			String content;
			try {
				content = Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new MigrationException("Cypher migration '" + file + "' cannot be read: " + ex.getMessage(), ex);
			}
			migrations.add(CypherMigrationParser.parse(file.toString(), content));
		}
		return migrations;
	}

	private static boolean isCypher(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
	}

}
