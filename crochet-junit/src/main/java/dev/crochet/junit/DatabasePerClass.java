package dev.crochet.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The opt-in {@code crochet.databasePerClass}: on an external server or a container, each
 * class gets a database of its own on the one server (Neo4j Enterprise), so classes run
 * at the same time instead of one after another. Off by default.
 *
 * <p>
 * It is read twice, and must be known before any server starts: by {@link ServerLocks} at
 * discovery, which decides whether a class locks the server or only itself, and by the
 * extension when the class starts. JUnit gives a {@code ResourceLocksProvider} no
 * configuration parameters, so the locks see only the system property and
 * {@code junit-platform.properties}; the extension sees every configuration parameter (a
 * launcher's own ones included) and falls back to the system property.
 */
final class DatabasePerClass {

	/** The JUnit configuration parameter (or system property). */
	static final String PARAMETER = "crochet.databasePerClass";

	/** The file JUnit's launcher reads configuration parameters from. */
	static final String PLATFORM_PROPERTIES = "junit-platform.properties";

	private DatabasePerClass() {
	}

	/**
	 * The extension's view: the configuration parameter, else the system property, else
	 * off.
	 * @param parameter reads a JUnit configuration parameter
	 * @throws ExtensionConfigurationException for anything but {@code true} or
	 * {@code false}
	 */
	static boolean enabled(Function<String, Optional<String>> parameter, UnaryOperator<String> systemProperty) {
		return BooleanParameter.read(PARAMETER, false, parameter, systemProperty);
	}

	/**
	 * The locks' view at discovery: the system property, else {@code file}'s entry
	 * (JUnit's order between the two). A bad value counts as off here, which keeps the
	 * server lock (the safe side); the extension fails the class with it.
	 */
	static boolean atDiscovery(UnaryOperator<String> systemProperty, Properties file) {
		String value = systemProperty.apply(PARAMETER);
		if (value == null) {
			value = file.getProperty(PARAMETER);
		}
		try {
			return parse(value);
		}
		catch (ExtensionConfigurationException reportedByTheExtension) {
			return false;
		}
	}

	/** {@link #atDiscovery} for this JVM: its system properties and class path. */
	static boolean atDiscovery() {
		return atDiscovery(System::getProperty, PlatformProperties.FILE);
	}

	/** {@code true} or {@code false} in any case; absent or blank is off. */
	static boolean parse(String value) {
		return BooleanParameter.parse(PARAMETER, value, false);
	}

	/**
	 * The first {@code junit-platform.properties} on the class path, as JUnit's launcher
	 * takes it; read once, since the class path does not change during a run.
	 */
	private static final class PlatformProperties {

		static final Properties FILE = read();

		private static Properties read() {
			Properties properties = new Properties();
			ClassLoader loader = Thread.currentThread().getContextClassLoader();
			if (loader == null) {
				loader = DatabasePerClass.class.getClassLoader();
			}
			try (InputStream in = loader.getResourceAsStream(PLATFORM_PROPERTIES)) {
				if (in != null) {
					properties.load(in);
				}
			}
			catch (IOException unreadable) {
				// JUnit's launcher reports it; the locks fall back to the server's lock.
				properties.clear();
			}
			return properties;
		}

	}

}
