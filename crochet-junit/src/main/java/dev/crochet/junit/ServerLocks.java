package dev.crochet.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

import java.util.List;
import java.util.Set;

/**
 * Gives every {@link CrochetMigrated} class an exclusive lock on its server, so that under parallel
 * execution two classes never clean and migrate one database at the same time. Classes on different
 * servers still run in parallel.
 */
final class ServerLocks implements ResourceLocksProvider {

	@Override
	public Set<Lock> provideForClass(Class<?> testClass) {
		return lockFor(testClass);
	}

	@Override
	public Set<Lock> provideForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> testClass) {
		return lockFor(testClass);
	}

	private static Set<Lock> lockFor(Class<?> testClass) {
		return Configuration.find(testClass).map(annotation -> {
			try {
				return Set.of(new Lock(ServerSpec.of(annotation, testClass, ServerSpec.Environment.current()).lockName(),
						ResourceAccessMode.READ_WRITE));
			}
			catch (ExtensionConfigurationException misuse) {
				// The extension reports it when the class starts; a lock cannot.
				return Set.<Lock>of();
			}
		}).orElse(Set.of());
	}
}
