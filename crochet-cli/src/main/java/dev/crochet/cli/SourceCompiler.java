package dev.crochet.cli;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles {@code .java} sources in-process with {@code javax.tools}; errors become one
 * {@link CliException} listing {@code models/Person.java:12: message} lines.
 */
final class SourceCompiler {

	private SourceCompiler() {
	}

	static void compile(Project project, List<Path> sources, List<Path> classpath, Path output) {
		if (sources.isEmpty()) {
			return;
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new CliException(ExitCode.USAGE,
					"This Java runtime has no compiler (javax.tools); run crochet with a JDK,"
							+ " or set [project] classpath in crochet.toml to use compiled classes");
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.UTF_8)) {
			List<String> options = new ArrayList<>(
					List.of("-d", output.toString(), "-encoding", "UTF-8", "-proc:none", "-nowarn", "-classpath",
							classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
			StringWriter out = new StringWriter();
			boolean ok = compiler
				.getTask(out, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
				.call();
			if (!ok) {
				throw new CliException(ExitCode.USAGE, "Compilation failed; nothing was changed"
						+ System.lineSeparator() + describe(project, diagnostics.getDiagnostics()));
			}
		}
		catch (IOException ex) {
			throw new CliException(ExitCode.USAGE,
					"Cannot compile " + project.relative(sources.get(0).getParent()) + ": " + ex.getMessage(), ex);
		}
	}

	private static String describe(Project project, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
		return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(d -> {
			String where = d.getSource() == null ? ""
					: project.relative(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
			return where + d.getMessage(Locale.ROOT).lines().findFirst().orElse("");
		}).collect(Collectors.joining(System.lineSeparator()));
	}

}
