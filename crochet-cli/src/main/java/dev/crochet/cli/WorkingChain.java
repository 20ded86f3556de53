package dev.crochet.cli;

import dev.crochet.migration.ChainException;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.MigrationKind;
import dev.crochet.migration.MigrationScanner;
import dev.crochet.migration.ResolvedMigration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The chain as the next build will have it: the compiled migrations with the Java
 * migration sources laid over them. With [project] classpath a build compiles the
 * migrations, so one that {@code create-migration} wrote a moment ago is only a source;
 * chaining on the compiled head alone would give the next migration the same parent and
 * fork the chain. A source wins over a compiled class of the same id: it is what the
 * build compiles next.
 *
 * @param chain compiled and source migrations in one linear chain
 * @param uncompiled sources the build has not compiled as they are now (new, or changed
 * since)
 */
record WorkingChain(MigrationChain chain, List<ResolvedMigration> uncompiled) {

	/**
	 * @throws CliException when sources and classes do not form one linear chain (a fork
	 * names where each revision comes from)
	 */
	static WorkingChain of(Project project, MigrationChain compiled) {
		if (!project.usesBuildClasses()) {
			// The CLI has just compiled every source itself: the compiled chain is the
			// working chain.
			return new WorkingChain(compiled, List.of());
		}
		List<ResolvedMigration> sources = RevisionSources.read(project, project.javaMigrationsDir());
		Set<String> sourceIds = sources.stream().map(ResolvedMigration::id).collect(Collectors.toSet());
		List<ResolvedMigration> all = new ArrayList<>(sources);
		compiled.migrations().stream().filter(m -> !sourceIds.contains(m.id())).forEach(all::add);
		refuseForks(project, all, sources);
		List<ResolvedMigration> uncompiled = sources.stream()
			.filter(s -> compiled.get(s.id()).map(c -> !sameLinks(c, s)).orElse(true))
			.toList();
		try {
			return new WorkingChain(MigrationChain.of(all), uncompiled);
		}
		catch (ChainException ex) {
			throw new CliException(ExitCode.USAGE,
					"The migration sources and the compiled migrations do not form one chain: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Why the compiled chain may be broken for now: a compiled migration (such as a
	 * Cypher file, read from its source folder) whose parent exists only as a Java source
	 * the build has not compiled.
	 */
	static Optional<String> unbuiltParents(Project project) {
		if (!project.usesBuildClasses()) {
			return Optional.empty();
		}
		Path cypher = project.cypherMigrationsDir();
		try (ProjectClasses classes = ProjectClasses.load(project)) {
			List<ResolvedMigration> compiled = MigrationScanner.scan(classes.loader(), classes.migrationPackages(),
					Files.isDirectory(cypher) ? List.of(cypher.toString()) : List.of());
			Set<String> compiledIds = compiled.stream().map(ResolvedMigration::id).collect(Collectors.toSet());
			Set<String> missing = compiled.stream()
				.map(ResolvedMigration::parent)
				.filter(p -> p != null && !compiledIds.contains(p))
				.collect(Collectors.toSet());
			return RevisionSources.read(project, project.javaMigrationsDir())
				.stream()
				.filter(s -> missing.contains(s.id()))
				.findFirst()
				.map(s -> "; " + s.id() + " is a migration source the build has not compiled yet (" + s.location()
						+ "): build the project (e.g. mvn compile) and try again");
		}
	}

	/** The newest migration, applied or not, compiled or not. */
	ResolvedMigration newest() {
		return chain.head().orElse(null);
	}

	private static boolean sameLinks(ResolvedMigration a, ResolvedMigration b) {
		return Objects.equals(a.parent(), b.parent()) && Objects.equals(a.schemaHash(), b.schemaHash());
	}

	private static void refuseForks(Project project, List<ResolvedMigration> all, List<ResolvedMigration> sources) {
		Map<String, List<ResolvedMigration>> children = new TreeMap<>();
		for (ResolvedMigration migration : all) {
			if (!migration.isRoot()) {
				children.computeIfAbsent(migration.parent(), p -> new ArrayList<>()).add(migration);
			}
		}
		for (Map.Entry<String, List<ResolvedMigration>> entry : children.entrySet()) {
			List<ResolvedMigration> siblings = entry.getValue();
			if (siblings.size() < 2) {
				continue;
			}
			siblings.sort(Comparator.comparing(ResolvedMigration::id));
			List<String> named = siblings.stream()
				.map(m -> "'" + m.id() + "' (" + where(project, m, sources) + ")")
				.toList();
			String listed = String.join(", ", named.subList(0, named.size() - 1)) + " and "
					+ named.get(named.size() - 1);
			boolean stale = !sources.containsAll(siblings);
			throw new CliException(ExitCode.USAGE, "Revisions " + listed + (named.size() == 2 ? " both" : " all")
					+ " have parent '" + entry.getKey() + "'"
					+ (stale ? ": the compiled classes and the migration sources disagree, and a new migration"
							+ " would fork the chain. Remove the stale one (a class whose source is gone leaves with a clean build,"
							+ " e.g. mvn clean compile)"
							: ", a fork: the chain must be linear. Make one of them the parent of the other"));
		}
	}

	private static String where(Project project, ResolvedMigration migration, List<ResolvedMigration> sources) {
		if (sources.contains(migration)) {
			return "source " + migration.location();
		}
		if (migration.kind() == MigrationKind.CYPHER && !migration.location().startsWith("classpath:")) {
			return project.relative(Path.of(migration.location()));
		}
		return (migration.kind() == MigrationKind.JAVA ? "compiled class " : "") + migration.location();
	}
}
