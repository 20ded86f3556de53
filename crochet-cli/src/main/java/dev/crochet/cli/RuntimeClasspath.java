package dev.crochet.cli;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path of this JVM as files, for compiling models and migrations against
 * Crochet and OGM. Follows {@code Class-Path} manifest entries, so it also works under
 * {@code java -jar} and Surefire's manifest-only jar, where {@code java.class.path} names
 * a single jar.
 */
final class RuntimeClasspath {

	private RuntimeClasspath() {
	}

	static List<Path> entries() {
		Set<Path> seen = new LinkedHashSet<>();
		Deque<Path> pending = new ArrayDeque<>();
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				pending.add(Path.of(entry).toAbsolutePath().normalize());
			}
		}
		while (!pending.isEmpty()) {
			Path path = pending.poll();
			if (!seen.add(path) || !Files.isRegularFile(path) || !path.toString().endsWith(".jar")) {
				continue;
			}
			pending.addAll(manifestClassPath(path));
		}
		return seen.stream().filter(Files::exists).toList();
	}

	private static List<Path> manifestClassPath(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			String classPath = manifest == null ? null
					: manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
			if (classPath == null || classPath.isBlank()) {
				return List.of();
			}
			URI base = jar.toUri();
			return Arrays.stream(classPath.trim().split("\\s+")).map(entry -> {
				try {
					return Path.of(base.resolve(entry)).toAbsolutePath().normalize();
				}
				catch (RuntimeException notAFile) {
					return null;
				}
			}).filter(Objects::nonNull).toList();
		}
		catch (IOException unreadable) {
			return List.of();
		}
	}

}
