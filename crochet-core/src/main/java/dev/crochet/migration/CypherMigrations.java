package dev.crochet.migration;

import io.github.classgraph.ClassGraph;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds {@code .cypher} files in locations and parses each: {@code classpath:folder} (resources of a
 * class loader, recursively, in directories and jars), {@code file:/abs/path} or a plain file-system
 * path (walked recursively; a single file is allowed too).
 */
final class CypherMigrations {

	static final String CLASSPATH_PREFIX = "classpath:";

	static final String FILE_PREFIX = "file:";

	private static final String EXTENSION = ".cypher";

	private CypherMigrations() {
	}

	static List<ResolvedMigration> find(ClassLoader classLoader, Collection<String> locations) {
		Set<String> classpathFolders = new LinkedHashSet<>();
		Set<Path> paths = new LinkedHashSet<>();
		for (String location : locations) {
			if (location == null || location.isBlank()) {
				throw new MigrationException("A migration location must not be blank");
			}
			if (location.startsWith(CLASSPATH_PREFIX)) {
				classpathFolders.add(trimSlashes(location.substring(CLASSPATH_PREFIX.length())));
			}
			else {
				paths.add(toPath(location));
			}
		}
		List<ResolvedMigration> migrations = new ArrayList<>();
		migrations.addAll(fromClasspath(classLoader, classpathFolders));
		for (Path path : paths) {
			migrations.addAll(fromFileSystem(path));
		}
		return migrations;
	}

	private static List<ResolvedMigration> fromClasspath(ClassLoader classLoader, Set<String> folders) {
		if (folders.isEmpty()) {
			return List.of();
		}
		List<ResolvedMigration> migrations = new ArrayList<>();
		ClassGraph classGraph = new ClassGraph().overrideClassLoaders(classLoader);
		// An empty folder means the classpath root: accept every path then.
		if (!folders.contains("")) {
			classGraph.acceptPaths(folders.toArray(String[]::new));
		}
		try (ScanResult scan = classGraph.scan()) {
			for (Resource resource : scan.getAllResources()) {
				String path = resource.getPath();
				if (!isCypher(path)) {
					continue;
				}
				String location = CLASSPATH_PREFIX + path;
				String content;
				try {
					content = new String(resource.load(), StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new MigrationException("Cypher migration '" + location + "' cannot be read: " + ex.getMessage(), ex);
				}
				migrations.add(CypherMigrationParser.parse(location, content));
			}
		}
		migrations.sort(Comparator.comparing(ResolvedMigration::location));
		return migrations;
	}

	private static List<ResolvedMigration> fromFileSystem(Path root) {
		if (!Files.exists(root)) {
			throw new MigrationException("Migration location '" + root + "' does not exist");
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter(Files::isRegularFile).filter(p -> isCypher(p.getFileName().toString())).sorted().toList();
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

	private static Path toPath(String location) {
		if (!location.startsWith(FILE_PREFIX)) {
			return Path.of(location);
		}
		String rest = location.substring(FILE_PREFIX.length());
		if (rest.startsWith("/")) {
			try {
				return Path.of(URI.create(location));
			}
			catch (IllegalArgumentException ex) {
				// Not a well-formed URI (e.g. an unescaped space): fall through to a plain path.
			}
		}
		return Path.of(rest);
	}

	private static boolean isCypher(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
	}

	private static String trimSlashes(String folder) {
		String trimmed = folder.strip();
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}
}
