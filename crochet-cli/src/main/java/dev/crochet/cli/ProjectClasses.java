package dev.crochet.cli;

import dev.crochet.embedded.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The project's models and migrations as classes: compiled from {@code models/} and
 * {@code migrations/} into a folder of this run's own, or taken from the configured class
 * path.
 *
 * <p>
 * Compiled classes are kept per set of sources in {@code .crochet/compiled}
 * ({@link CompiledClasses}): each command compiles into a folder of its own there and
 * renames it into place once complete. Two commands started together used to compile into
 * the same {@code .crochet/classes}, and one read the other's half-written folder (a
 * missing file, or "no model classes found"). Where the project's state folder cannot be
 * written (a read-only checkout), the classes go to a folder of this run's own under the
 * system temporary folder, named after the process, deleted when the classes are closed;
 * one left behind by a killed run is removed by the next run.
 *
 * <p>
 * Each migration source is copied next to its class, so the migration's checksum is the
 * hash of its source (see {@code dev.crochet.migration.JavaChecksums}).
 *
 * @param modelPackages packages holding the compiled models (empty when there are none)
 * @param migrationPackages packages holding the compiled Java migrations (empty when
 * there are none)
 * @param compiled this run's compile folder, deleted on {@link #close()}; null for build
 * classes and for a kept entry of {@code .crochet/compiled}
 */
record ProjectClasses(ClassLoader loader, List<String> modelPackages, List<String> migrationPackages,
		Path compiled) implements AutoCloseable {

	/**
	 * The start of every compile folder's name; the process id follows, so a dead run's
	 * folder can be told apart.
	 */
	static final String FOLDER_PREFIX = "crochet-classes-";

	/**
	 * No project classes at all: the CLI's own class loader, nothing to scan, nothing to
	 * delete.
	 */
	static final ProjectClasses NONE = new ProjectClasses(ProjectClasses.class.getClassLoader(), List.of(), List.of(),
			null);

	static ProjectClasses load(Project project) {
		List<Path> configured = project.classpath();
		if (!configured.isEmpty()) {
			for (Path entry : configured) {
				if (!Files.exists(entry)) {
					throw new CliException(ExitCode.USAGE,
							"[project] classpath entry " + project.relative(entry) + " does not exist");
				}
			}
			return new ProjectClasses(loader(configured), project.modelPackages(), project.migrationPackages(), null);
		}
		List<Path> runtime = RuntimeClasspath.entries();
		List<Path> modelSources = javaFiles(project.modelsDir());
		List<Path> migrationSources = javaFiles(project.javaMigrationsDir());
		Path cache = project.compiledDir();
		String key = CompiledClasses.key(project, modelSources, migrationSources, runtime);
		Optional<Path> cached = CompiledClasses.find(cache, key);
		if (cached.isPresent()) {
			return of(project, cached.get(), modelSources, migrationSources, null);
		}
		Optional<Path> building = CompiledClasses.newBuildFolder(cache);
		Path folder = building.orElseGet(ProjectClasses::newFolder);
		try {
			compile(project, folder, runtime, modelSources, migrationSources);
			// Checked before the entry is published: a source without a package is
			// refused every time.
			packages(project, folder.resolve("models"), modelSources);
			packages(project, folder.resolve("migrations"), migrationSources);
			Optional<Path> entry = building.isPresent() ? CompiledClasses.publish(cache, folder, key)
					: Optional.empty();
			return of(project, entry.orElse(folder), modelSources, migrationSources, entry.isPresent() ? null : folder);
		}
		catch (IOException ex) {
			Folders.delete(folder);
			throw new CliException(ExitCode.USAGE,
					"Cannot write the compiled classes to " + folder + ": " + FileErrors.describe(ex), ex);
		}
		catch (RuntimeException ex) {
			Folders.delete(folder);
			throw ex;
		}
	}

	private static void compile(Project project, Path folder, List<Path> runtime, List<Path> modelSources,
			List<Path> migrationSources) throws IOException {
		Path models = folder.resolve("models");
		Path migrations = folder.resolve("migrations");
		Files.createDirectories(models);
		Files.createDirectories(migrations);
		SourceCompiler.compile(project, modelSources, runtime, models);
		List<Path> withModels = new ArrayList<>(runtime);
		withModels.add(models);
		SourceCompiler.compile(project, migrationSources, withModels, migrations);
		copySources(migrations, migrationSources);
	}

	/**
	 * @param compiled the folder to delete on close, or null for a cache entry, which
	 * stays
	 */
	private static ProjectClasses of(Project project, Path folder, List<Path> modelSources, List<Path> migrationSources,
			Path compiled) {
		Path models = folder.resolve("models");
		Path migrations = folder.resolve("migrations");
		List<String> modelPackages = packages(project, models, modelSources);
		List<String> migrationPackages = packages(project, migrations, migrationSources);
		return new ProjectClasses(loader(List.of(models, migrations)), modelPackages, migrationPackages, compiled);
	}

	/** Closes the class loader and deletes this run's compile folder. */
	@Override
	public void close() {
		if (this != NONE && loader instanceof URLClassLoader closeable) {
			try {
				closeable.close();
			}
			catch (IOException ignored) {
				// Only releases file handles; nothing to report.
			}
		}
		if (compiled != null) {
			try {
				Folders.delete(compiled);
			}
			catch (UncheckedIOException ignored) {
				// A folder in the temporary folder that could not go now is removed by a
				// later run.
			}
		}
	}

	private static Path newFolder() {
		Path temp = Path.of(System.getProperty("java.io.tmpdir"));
		removeAbandoned(temp);
		try {
			return Files.createTempDirectory(temp, FOLDER_PREFIX + ProcessHandle.current().pid() + "-");
		}
		catch (IOException ex) {
			throw new CliException(ExitCode.USAGE,
					"Cannot create a folder for the compiled classes in " + temp + ": " + FileErrors.describe(ex), ex);
		}
	}

	/**
	 * Compile folders of runs that were killed (their process is gone): nobody else will
	 * remove them.
	 */
	private static void removeAbandoned(Path temp) {
		try (Stream<Path> list = Files.list(temp)) {
			list.filter(p -> p.getFileName().toString().startsWith(FOLDER_PREFIX)).forEach(p -> {
				if (!CompiledClasses.alive(p.getFileName().toString().substring(FOLDER_PREFIX.length()))) {
					try {
						Folders.delete(p);
					}
					catch (UncheckedIOException ignored) {
						// Not removable now: housekeeping only.
					}
				}
			});
		}
		catch (IOException | UncheckedIOException ignored) {
			// Housekeeping only: a folder left over costs disk space, not correctness.
		}
	}

	/**
	 * Puts each migration's source next to its top-level class
	 * ({@code migrations/V0001_x.java} beside {@code migrations/V0001_x.class}), where
	 * the scan finds it as a resource and hashes it.
	 */
	private static void copySources(Path classes, List<Path> sources) throws IOException {
		Map<String, List<Path>> bySimpleName = new HashMap<>();
		for (Path source : sources) {
			String simple = source.getFileName().toString().replaceFirst("\\.java$", "");
			bySimpleName.computeIfAbsent(simple, s -> new ArrayList<>()).add(source);
		}
		List<Path> topLevel;
		try (Stream<Path> walk = Files.walk(classes)) {
			topLevel = walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
				.toList();
		}
		for (Path type : topLevel) {
			String simple = type.getFileName().toString().replaceFirst("\\.class$", "");
			List<Path> candidates = bySimpleName.getOrDefault(simple, List.of());
			// Two sources of one simple name in different packages: which is which is not
			// known here,
			// so neither is copied and both migrations fall back to the hash of what they
			// declare.
			if (candidates.size() == 1) {
				Files.copy(candidates.get(0), type.resolveSibling(simple + ".java"));
			}
		}
	}

	private static URLClassLoader loader(List<Path> entries) {
		URL[] urls = entries.stream().map(p -> {
			try {
				return p.toUri().toURL();
			}
			catch (MalformedURLException ex) {
				throw new CliException(ExitCode.USAGE, "Not a usable class path entry: " + p, ex);
			}
		}).toArray(URL[]::new);
		return new URLClassLoader("crochet-project", urls, ProjectClasses.class.getClassLoader());
	}

	static List<Path> javaFiles(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
		}
		catch (IOException ex) {
			throw new CliException(ExitCode.USAGE, "Cannot list " + dir + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The packages of the compiled classes; a class in the default package cannot be
	 * scanned.
	 */
	private static List<String> packages(Project project, Path root, List<Path> sources) {
		TreeSet<String> packages = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
				Path relative = root.relativize(file);
				if (relative.getParent() == null) {
					String simple = relative.getFileName().toString().replaceFirst("(\\$.*)?\\.class$", "");
					String source = sources.stream()
						.filter(s -> s.getFileName().toString().equals(simple + ".java"))
						.map(project::relative)
						.findFirst()
						.orElse(simple);
					throw new CliException(ExitCode.USAGE,
							source + ": declares no package; add a package line such as 'package " + root.getFileName()
									+ ";'");
				}
				packages.add(relative.getParent().toString().replace(root.getFileSystem().getSeparator(), "."));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Scanning a package includes its sub-packages: keep only the outermost ones.
		List<String> outermost = new ArrayList<>();
		for (String p : packages) {
			if (outermost.stream().noneMatch(o -> p.startsWith(o + "."))) {
				outermost.add(p);
			}
		}
		return outermost;
	}
}
