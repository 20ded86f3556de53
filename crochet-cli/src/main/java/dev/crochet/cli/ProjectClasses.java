package dev.crochet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The project's models and migrations as classes: compiled from {@code models/} and
 * {@code migrations/} into {@code .crochet/classes}, or taken from the configured class path.
 *
 * @param modelPackages     packages holding the compiled models (empty when there are none)
 * @param migrationPackages packages holding the compiled Java migrations (empty when there are none)
 */
record ProjectClasses(ClassLoader loader, List<String> modelPackages, List<String> migrationPackages) {

	static ProjectClasses load(Project project) {
		List<Path> configured = project.classpath();
		if (!configured.isEmpty()) {
			for (Path entry : configured) {
				if (!Files.exists(entry)) {
					throw new CliException(ExitCode.USAGE, "[project] classpath entry " + project.relative(entry) + " does not exist");
				}
			}
			return new ProjectClasses(loader(configured), project.modelPackages(), project.migrationPackages());
		}
		List<Path> runtime = RuntimeClasspath.entries();
		List<Path> modelSources = javaFiles(project.modelsDir());
		List<Path> migrationSources = javaFiles(project.javaMigrationsDir());
		Path classes = project.classesDir();
		Path models = classes.resolve("models");
		Path migrations = classes.resolve("migrations");
		// Compile into a fresh folder and swap it in only when both compiled: a compile error changes nothing.
		Path fresh = classes.resolveSibling("classes.new");
		delete(fresh);
		try {
			Files.createDirectories(fresh.resolve("models"));
			Files.createDirectories(fresh.resolve("migrations"));
		}
		catch (IOException ex) {
			throw new CliException(ExitCode.USAGE, "Cannot create " + project.relative(fresh) + ": " + ex.getMessage(), ex);
		}
		try {
			SourceCompiler.compile(project, modelSources, runtime, fresh.resolve("models"));
			List<Path> withModels = new ArrayList<>(runtime);
			withModels.add(fresh.resolve("models"));
			SourceCompiler.compile(project, migrationSources, withModels, fresh.resolve("migrations"));
			delete(classes);
			Files.move(fresh, classes);
		}
		catch (IOException ex) {
			throw new CliException(ExitCode.USAGE, "Cannot write " + project.relative(classes) + ": " + ex.getMessage(), ex);
		}
		finally {
			delete(fresh);
		}
		List<String> modelPackages = packages(project, models, modelSources);
		List<String> migrationPackages = packages(project, migrations, migrationSources);
		return new ProjectClasses(loader(List.of(models, migrations)), modelPackages, migrationPackages);
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

	/** The packages of the compiled classes; a class in the default package cannot be scanned. */
	private static List<String> packages(Project project, Path root, List<Path> sources) {
		TreeSet<String> packages = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
				Path relative = root.relativize(file);
				if (relative.getParent() == null) {
					String simple = relative.getFileName().toString().replaceFirst("(\\$.*)?\\.class$", "");
					String source = sources.stream().filter(s -> s.getFileName().toString().equals(simple + ".java"))
						.map(project::relative).findFirst().orElse(simple);
					throw new CliException(ExitCode.USAGE, source + ": declares no package; add a package line such as 'package "
							+ root.getFileName() + ";'");
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

	static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try {
			Files.walkFileTree(dir, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path d, IOException failure) throws IOException {
					Files.delete(d);
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
