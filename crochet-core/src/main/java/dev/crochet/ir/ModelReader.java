package dev.crochet.ir;

import org.neo4j.ogm.metadata.MetaData;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads Neo4j-OGM model classes into a {@link SchemaSnapshot}, using OGM's own metadata for naming.
 *
 * <pre>{@code
 * SchemaSnapshot snapshot = ModelReader.read("com.example.model");
 * }</pre>
 *
 * <p>Which classes are models:
 * <ul>
 * <li>a concrete class annotated (directly or by inheritance) with {@code @NodeEntity} or
 * {@code @RelationshipEntity} is a model and must carry {@code @KgId};</li>
 * <li>an abstract class is a model only when it carries {@code @KgId} itself; otherwise it only lends
 * its label (if it has {@code @NodeEntity}), properties and relationships to its subclasses;</li>
 * <li>only classes in the scanned packages (or the given classes) are models; superclasses elsewhere
 * still contribute labels and fields.</li>
 * </ul>
 *
 * <p>Labels are OGM's static labels ({@code ClassInfo.staticLabels()}): the class's own label plus those
 * of its superclasses and interfaces as OGM applies them. A field annotated with {@code @Labels}
 * holds labels chosen at runtime, so it is neither a label nor a property in the IR. Properties,
 * relationship types and directions are OGM's; the Neo4j types are described in {@code PropertyTypes}.
 * {@code @Properties} map fields (composite properties with runtime keys) are left out.
 */
public final class ModelReader {

	private ModelReader() {
	}

	/** Scans the packages (with sub-packages) on the context class loader. */
	public static SchemaSnapshot read(String... packages) {
		return read(Thread.currentThread().getContextClassLoader(), List.of(packages));
	}

	/** Scans the packages with the given class loader (the CLI compiles models into its own). */
	public static SchemaSnapshot read(ClassLoader classLoader, Collection<String> packages) {
		Objects.requireNonNull(classLoader, "classLoader");
		List<String> names = packages.stream().map(String::strip).filter(p -> !p.isEmpty()).sorted().distinct()
				.toList();
		if (names.isEmpty()) {
			// OGM would scan the whole class path for an empty package list.
			throw new ModelException("No packages to scan for model classes");
		}
		Predicate<Class<?>> inPackages = cls -> names.stream()
				.anyMatch(p -> cls.getName().startsWith(p + ".") || cls.getName().equals(p));
		MetaData metaData = scan(classLoader, names, "packages " + String.join(", ", names));
		return SnapshotAssembler.assemble(metaData, inPackages,
				"No model classes (@NodeEntity or @RelationshipEntity) found in packages " + String.join(", ", names));
	}

	/** Reads exactly these classes. */
	public static SchemaSnapshot read(Collection<Class<?>> classes) {
		if (classes.isEmpty()) {
			throw new ModelException("No model classes given");
		}
		Set<Class<?>> given = Set.copyOf(classes);
		List<String> names = given.stream().map(Class::getName).sorted().toList();
		MetaData metaData = scan(classes.iterator().next().getClassLoader(), names, "classes " + String.join(", ", names));
		return SnapshotAssembler.assemble(metaData, given::contains,
				"No model classes (@NodeEntity or @RelationshipEntity) among " + String.join(", ", names));
	}

	/**
	 * OGM finds and loads classes through the thread context class loader, so it is switched to the
	 * models' loader for the scan and restored afterwards.
	 */
	private static MetaData scan(ClassLoader classLoader, List<String> packagesOrClasses, String what) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(classLoader);
		try {
			return new MetaData(NativeTypeSystem.INSTANCE, packagesOrClasses.toArray(String[]::new));
		} catch (RuntimeException e) {
			throw new ModelException("Neo4j-OGM cannot read the model " + what + ": " + e.getMessage(), e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	static String joined(Collection<String> names) {
		return names.stream().sorted().collect(Collectors.joining(", "));
	}
}
