package dev.crochet.junit;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ClassOrderer} that runs the classes of one {@link CrochetMigrated}
 * configuration one after another, so that each later class can keep the migrated schema
 * the previous one left (see docs/junit.md, "Later classes") instead of migrating again.
 * The configurations come in the order of their first class, and classes keep their order
 * within one; classes without the annotation count as one more configuration.
 *
 * <pre>
 * # src/test/resources/junit-platform.properties
 * junit.jupiter.testclass.order.default=dev.crochet.junit.ConfigurationOrder
 * </pre>
 */
public final class ConfigurationOrder implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		List<? extends ClassDescriptor> classes = context.getClassDescriptors();
		Map<String, Integer> firstOfConfiguration = new HashMap<>();
		for (ClassDescriptor descriptor : classes) {
			firstOfConfiguration.putIfAbsent(configuration(descriptor.getTestClass()), firstOfConfiguration.size());
		}
		// List.sort is stable: classes of one configuration keep their order.
		classes.sort(Comparator.comparingInt(d -> firstOfConfiguration.get(configuration(d.getTestClass()))));
	}

	/**
	 * The annotation as found for the class, attributes and all: equal for classes that
	 * share a configuration.
	 */
	private static String configuration(Class<?> testClass) {
		return Configuration.find(testClass).map(Object::toString).orElse("");
	}

}
