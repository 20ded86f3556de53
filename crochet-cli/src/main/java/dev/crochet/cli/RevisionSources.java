package dev.crochet.cli;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.migration.MigrationKind;
import dev.crochet.migration.ResolvedMigration;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The {@code @Revision} of each Java migration source in a folder, read with javac's
 * parser (no compiling): a migration written by {@code create-migration} is part of the
 * chain before a build has compiled it. Values must be string literals (or literals
 * joined with {@code +}); anything else cannot be known without compiling, and is refused
 * rather than guessed.
 *
 * <pre>{@code
 * List<ResolvedMigration> written = RevisionSources.read(project, project.javaMigrationsDir());
 * }</pre>
 */
final class RevisionSources {

	/** Stands in for a migration that is only a source: it is chained, never run. */
	private static final Migration NOT_COMPILED = new Migration() {
		@Override
		public void upgrade(MigrationContext ctx) {
			throw new IllegalStateException("A migration source cannot run before it is compiled");
		}

		@Override
		public void downgrade(MigrationContext ctx) {
			upgrade(ctx);
		}
	};

	private RevisionSources() {
	}

	/**
	 * Every class annotated {@code @Revision} in the {@code .java} files at or under
	 * {@code folder}, by path.
	 */
	static List<ResolvedMigration> read(Project project, Path folder) {
		List<Path> files = ProjectClasses.javaFiles(folder);
		if (files.isEmpty()) {
			return List.of();
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new CliException(ExitCode.USAGE,
					"This Java runtime has no compiler (javax.tools) to read the migration sources"
							+ " with; run crochet with a JDK");
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.UTF_8)) {
			JavacTask task = (JavacTask) compiler.getTask(new StringWriter(), fileManager, diagnostics,
					List.of("-proc:none"), null, fileManager.getJavaFileObjectsFromPaths(files));
			Iterable<? extends CompilationUnitTree> units = task.parse();
			for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
				if (d.getKind() == Diagnostic.Kind.ERROR) {
					throw new CliException(ExitCode.USAGE,
							"Cannot read the migration source "
									+ (d.getSource() == null ? ""
											: project.relative(Path.of(d.getSource().toUri())) + ":"
													+ d.getLineNumber())
									+ ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
				}
			}
			SourcePositions positions = Trees.instance(task).getSourcePositions();
			List<ResolvedMigration> found = new ArrayList<>();
			for (CompilationUnitTree unit : units) {
				String location = project.relative(Path.of(unit.getSourceFile().toUri()));
				for (Tree type : unit.getTypeDecls()) {
					if (type instanceof ClassTree declared) {
						for (AnnotationTree annotation : declared.getModifiers().getAnnotations()) {
							String name = annotation.getAnnotationType().toString();
							if (name.equals("Revision") || name.equals("dev.crochet.Revision")) {
								found.add(revision(annotation, location, unit, positions));
							}
						}
					}
				}
			}
			return found;
		}
		catch (IOException ex) {
			throw new CliException(ExitCode.USAGE, "Cannot read " + project.relative(folder) + ": " + ex.getMessage(),
					ex);
		}
	}

	private static ResolvedMigration revision(AnnotationTree annotation, String location, CompilationUnitTree unit,
			SourcePositions positions) {
		Map<String, String> values = new HashMap<>();
		boolean rollbackSafe = true;
		for (ExpressionTree argument : annotation.getArguments()) {
			if (!(argument instanceof AssignmentTree assignment)
					|| !(assignment.getVariable() instanceof IdentifierTree key)) {
				continue;
			}
			String name = key.getName().toString();
			if (name.equals("rollbackSafe")) {
				rollbackSafe = !"false".equals(assignment.getExpression().toString());
				continue;
			}
			String value = string(assignment.getExpression());
			if (value == null && !name.equals("description")) {
				long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, assignment));
				throw new CliException(ExitCode.USAGE, location + ":" + line + ": @Revision " + name
						+ " is not a string literal, so it cannot be read before compiling; write it as one");
			}
			if (value != null) {
				values.put(name, value);
			}
		}
		String id = values.getOrDefault("id", "");
		if (id.isBlank()) {
			throw new CliException(ExitCode.USAGE, location + ": @Revision has no id");
		}
		return new ResolvedMigration(id, emptyToNull(values.get("parent")), values.getOrDefault("description", ""),
				emptyToNull(values.get("schemaHash")), rollbackSafe, null, MigrationKind.JAVA, location, NOT_COMPILED);
	}

	/**
	 * A string literal, or literals joined with {@code +}; null for anything that needs
	 * the compiler.
	 */
	private static String string(ExpressionTree expression) {
		if (expression instanceof LiteralTree literal) {
			return literal.getValue() instanceof String text ? text : null;
		}
		if (expression instanceof ParenthesizedTree parenthesized) {
			return string(parenthesized.getExpression());
		}
		if (expression instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS) {
			String left = string(binary.getLeftOperand());
			String right = string(binary.getRightOperand());
			return left == null || right == null ? null : left + right;
		}
		return null;
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

}
