package dev.crochet.ir;

import org.neo4j.ogm.metadata.MetaData;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads Neo4j-OGM model classes into a {@link SchemaSnapshot}, using OGM's own metadata
 * for naming.
 *
 * <pre>{@code
 * SchemaSnapshot snapshot = ModelReader.read("com.example.model");
 * }</pre>
 *
 * <p>
 * Which classes are models:
 * <ul>
 * <li>a concrete class annotated (directly or by inheritance) with {@code @NodeEntity} or
 * {@code @RelationshipEntity} is a model and must carry {@code @KgId};</li>
 * <li>an abstract class is a model only when it carries {@code @KgId} itself; otherwise
 * it only lends its label (if it has {@code @NodeEntity}), properties and relationships
 * to its subclasses;</li>
 * <li>only classes in the scanned packages (or the given classes) are models;
 * superclasses elsewhere still contribute labels and fields.</li>
 * </ul>
 *
 * <p>
 * Labels are OGM's static labels ({@code ClassInfo.staticLabels()}): the class's own
 * label plus those of its superclasses and interfaces as OGM applies them. A field
 * annotated with {@code @Labels} holds labels chosen at runtime, so it is neither a label
 * nor a property in the IR. Properties, relationship types and directions are OGM's; the
 * Neo4j types are described in {@code PropertyTypes}. {@code @Properties} map fields
 * (composite properties with runtime keys) are left out.
 */
public final class ModelReader {

	/**
	 * What each class loader's scans found, by what was scanned. OGM's scan of a package
	 * costs a few hundred milliseconds, and a test suite builds a {@code Crochet} (and
	 * reads the same models) once per class or per test, so it is read once per JVM. A
	 * loader defines each class once, so the same scan on the same loader finds the same
	 * classes; the CLI, which compiles models, uses a new loader per compilation. Weak
	 * keys: a discarded loader's entries go with it (the snapshots hold only names).
	 */
	private static final Map<ClassLoader, Map<List<String>, SchemaSnapshot>> READ = Collections
		.synchronizedMap(new WeakHashMap<>());

	private ModelReader() {
	}

	/** Scans the packages (with sub-packages) on the context class loader. */
	public static SchemaSnapshot read(String... packages) {
		return read(Thread.currentThread().getContextClassLoader(), List.of(packages));
	}

	/**
	 * Scans the packages with the given class loader (the CLI compiles models into its
	 * own).
	 */
	public static SchemaSnapshot read(ClassLoader classLoader, Collection<String> packages) {
		Objects.requireNonNull(classLoader, "classLoader");
		List<String> names = packages.stream()
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.sorted()
			.distinct()
			.toList();
		if (names.isEmpty()) {
			// OGM would scan the whole class path for an empty package list.
			throw new ModelException("No packages to scan for model classes");
		}
		Predicate<Class<?>> inPackages = cls -> names.stream()
			.anyMatch(p -> cls.getName().startsWith(p + ".") || cls.getName().equals(p));
		return once(classLoader, names, () -> SnapshotAssembler.assemble(
				scan(classLoader, names, "packages " + String.join(", ", names)), inPackages,
				"No model classes (@NodeEntity or @RelationshipEntity) found in packages " + String.join(", ", names)));
	}

	/** Reads exactly these classes. */
	public static SchemaSnapshot read(Collection<Class<?>> classes) {
		if (classes.isEmpty()) {
			throw new ModelException("No model classes given");
		}
		Set<Class<?>> given = Set.copyOf(classes);
		List<String> names = given.stream().map(Class::getName).sorted().toList();
		ClassLoader loader = classes.iterator().next().getClassLoader();
		// Classes of several loaders share a name only by accident; the first class's
		// loader keys the entry.
		List<String> key = names.stream().map(name -> "class " + name).toList();
		return once(loader, key,
				() -> SnapshotAssembler.assemble(scan(loader, names, "classes " + String.join(", ", names)),
						given::contains,
						"No model classes (@NodeEntity or @RelationshipEntity) among " + String.join(", ", names)));
	}

	/**
	 * The snapshot this loader's scan of {@code scanned} found before, or a new read; a
	 * failed read is not kept.
	 */
	private static SchemaSnapshot once(ClassLoader loader, List<String> scanned, Supplier<SchemaSnapshot> read) {
		if (loader == null) {
			return read.get();
		}
		Map<List<String>, SchemaSnapshot> found = READ.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
		SchemaSnapshot known = found.get(scanned);
		if (known != null) {
			return known;
		}
		// Read outside any lock: two threads may both read the first time, and find the
		// same.
		SchemaSnapshot snapshot = read.get();
		found.putIfAbsent(scanned, snapshot);
		return snapshot;
	}

	/**
	 * OGM finds and loads classes through the thread context class loader, so it is
	 * switched to the models' loader for the scan and restored afterwards.
	 */
	private static MetaData scan(ClassLoader classLoader, List<String> packagesOrClasses, String what) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(classLoader);
		try {
			return new MetaData(NativeTypeSystem.INSTANCE, packagesOrClasses.toArray(String[]::new));
		}
		catch (RuntimeException e) {
			throw new ModelException("Neo4j-OGM cannot read the model " + what + ": " + e.getMessage(), e);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	static String joined(Collection<String> names) {
		return names.stream().sorted().collect(Collectors.joining(", "));
	}

}
