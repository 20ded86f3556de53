package dev.crochet.migration;

import dev.crochet.Migration;
import dev.crochet.Revision;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the concrete classes implementing {@link Migration} found by a ClassGraph scan of
 * packages (and their sub-packages) into {@link ResolvedMigration}s, loading them through
 * the scanned class loader.
 */
final class JavaMigrations {

	private JavaMigrations() {
	}

	/** Rejects blank package names, which ClassGraph would read as "every package". */
	static void validate(Collection<String> packages) {
		for (String pkg : packages) {
			if (pkg == null || pkg.isBlank()) {
				throw new MigrationException("A migration package must not be blank");
			}
		}
	}

	/**
	 * The migrations among the classes of {@code scan} (with class info) that lie in
	 * {@code packages}.
	 */
	static List<ResolvedMigration> find(ScanResult scan, ClassLoader classLoader, Collection<String> packages) {
		List<String> candidates = new ArrayList<>();
		// ClassGraph scans upwards into superclasses outside the packages, so a migration
		// that
		// implements Migration through a user's base class elsewhere is found too.
		for (ClassInfo info : scan.getClassesImplementing(Migration.class.getName())) {
			if (info.isStandardClass() && !info.isAbstract() && !info.isAnonymousInnerClass()
					&& inPackages(info.getName(), packages)) {
				candidates.add(info.getName());
			}
		}
		List<ResolvedMigration> migrations = new ArrayList<>();
		candidates.stream().sorted().forEach(name -> {
			Class<?> type = load(classLoader, name);
			if (!Migration.class.isAssignableFrom(type)) {
				throw new MigrationException("Migration class '" + name + "' implements a " + Migration.class.getName()
						+ " from another class loader than Crochet's");
			}
			migrations.add(resolve(type));
		});
		migrations.sort(Comparator.comparing(ResolvedMigration::location));
		return migrations;
	}

	/**
	 * The scan may also cover classpath folders of Cypher files: only classes in the
	 * packages count.
	 */
	private static boolean inPackages(String className, Collection<String> packages) {
		for (String pkg : packages) {
			if (className.startsWith(pkg + ".")) {
				return true;
			}
		}
		return false;
	}

	private static Class<?> load(ClassLoader classLoader, String name) {
		try {
			return Class.forName(name, false, classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new MigrationException("Migration class '" + name + "' cannot be loaded: " + ex, ex);
		}
	}

	private static ResolvedMigration resolve(Class<?> type) {
		String name = type.getName();
		Revision revision = type.getAnnotation(Revision.class);
		if (revision == null) {
			throw new MigrationException("Migration class '" + name + "' has no @Revision annotation");
		}
		if (revision.id().isBlank()) {
			throw new MigrationException("Migration class '" + name + "' has a blank @Revision id");
		}
		if (!Modifier.isPublic(type.getModifiers())) {
			throw new MigrationException("Migration class '" + name + "' is not public");
		}
		Migration migration = instantiate(type);
		return new ResolvedMigration(revision.id(), emptyToNull(revision.parent()), revision.description(),
				emptyToNull(revision.schemaHash()), revision.rollbackSafe(),
				JavaChecksums.of(type, migration, revision.id()), MigrationKind.JAVA, name, migration);
	}

	private static Migration instantiate(Class<?> type) {
		Constructor<?> constructor;
		try {
			constructor = type.getConstructor();
		}
		catch (NoSuchMethodException ex) {
			throw new MigrationException(
					"Migration class '" + type.getName() + "' has no public no-argument constructor", ex);
		}
		try {
			return (Migration) constructor.newInstance();
		}
		catch (InvocationTargetException ex) {
			throw new MigrationException(
					"Migration class '" + type.getName() + "' could not be created: " + ex.getCause(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new MigrationException("Migration class '" + type.getName() + "' could not be created: " + ex, ex);
		}
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
