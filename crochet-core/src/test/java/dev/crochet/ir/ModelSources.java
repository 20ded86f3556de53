package dev.crochet.ir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles model sources at run time into a fresh class loader, as the CLI does with a
 * project's {@code models/} folder.
 */
final class ModelSources {

	private ModelSources() {
	}

	/**
	 * @param sources fully qualified class name to source text
	 * @return a class loader over the compiled classes, child of the test class path
	 */
	static URLClassLoader compile(Map<String, String> sources, Path dir) {
		try {
			Path src = Files.createDirectories(dir.resolve("src"));
			Path classes = Files.createDirectories(dir.resolve("classes"));
			List<Path> files = new ArrayList<>();
			for (Map.Entry<String, String> source : sources.entrySet()) {
				Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
				Files.createDirectories(file.getParent());
				Files.writeString(file, source.getValue());
				files.add(file);
			}
			JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
			StringWriter errors = new StringWriter();
			try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, null)) {
				boolean ok = compiler.getTask(errors, fileManager, null, List.of("-classpath",
						System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"), null,
						fileManager.getJavaFileObjectsFromPaths(files))
					.call();
				if (!ok) {
					throw new IllegalStateException("Model sources do not compile:\n" + errors);
				}
			}
			return new URLClassLoader(new URL[] { classes.toUri().toURL() }, ModelSources.class.getClassLoader());
		}
		catch (MalformedURLException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
