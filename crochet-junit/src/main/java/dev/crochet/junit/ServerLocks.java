package dev.crochet.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

import java.util.List;
import java.util.Set;

/**
 * The {@link org.junit.jupiter.api.parallel.ResourceLock}s of a {@link CrochetMigrated}
 * class under JUnit's parallel execution. On an external server or a container (one
 * database), every class locks the server, so that two classes never clean and migrate
 * one database at the same time. On the embedded backend the {@link ServerPool} lends
 * each class a server of its own, and with {@link DatabasePerClass
 * crochet.databasePerClass} an external server or a container gives each class a database
 * of its own: then a class locks only itself, which keeps its test methods one after
 * another, as {@link Reset} assumes, while other classes run beside it.
 *
 * <p>
 * Locks are decided at discovery, before any extension runs and with no configuration
 * parameters at hand: the parameter is read from the system property and
 * {@code junit-platform.properties} (see {@link DatabasePerClass#atDiscovery()}).
 */
final class ServerLocks implements ResourceLocksProvider {

	@Override
	public Set<Lock> provideForClass(Class<?> testClass) {
		return lockFor(testClass, testClass);
	}

	@Override
	public Set<Lock> provideForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> testClass) {
		// A nested class runs on its outermost class's server, inside that class's lock.
		return lockFor(testClass, enclosingInstanceTypes.isEmpty() ? testClass : enclosingInstanceTypes.get(0));
	}

	private static Set<Lock> lockFor(Class<?> testClass, Class<?> outermost) {
		return Configuration.find(testClass).map(annotation -> {
			try {
				ServerSpec spec = ServerSpec.of(annotation, testClass, ServerSpec.Environment.current());
				return Set.of(new Lock(lockName(spec, outermost, DatabasePerClass.atDiscovery()),
						ResourceAccessMode.READ_WRITE));
			}
			catch (ExtensionConfigurationException misuse) {
				// The extension reports it when the class starts; a lock cannot.
				return Set.<Lock>of();
			}
		}).orElse(Set.of());
	}

	/**
	 * The lock a class on {@code spec}'s server holds: its own when it has a server or a
	 * database of its own, else the server's.
	 */
	static String lockName(ServerSpec spec, Class<?> outermost, boolean databasePerClass) {
		boolean ownDatabase = spec.backend() == Backend.EMBEDDED || databasePerClass;
		return ownDatabase ? classLockName(outermost) : spec.lockName();
	}

	/**
	 * The lock a class with a server or a database of its own holds: its own, so only its
	 * own methods wait for each other.
	 */
	static String classLockName(Class<?> outermost) {
		return "dev.crochet.junit.class[" + outermost.getName() + "]";
	}

}
