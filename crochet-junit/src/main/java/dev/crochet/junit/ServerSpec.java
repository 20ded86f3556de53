package dev.crochet.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * Which server a test class needs, with AUTO already decided: the key under which the
 * server is shared in the root store and the name of the lock that serialises the classes
 * using it.
 *
 * @param backend never {@link Backend#AUTO}
 * @param uri for {@link Backend#EXTERNAL}, else null
 * @param username null for no authentication
 * @param image for {@link Backend#TESTCONTAINERS}, else null
 */
record ServerSpec(Backend backend, String uri, String username, String password, String image) {

	static final String URI_PROPERTY = "crochet.neo4j.uri";

	static final String USERNAME_PROPERTY = "crochet.neo4j.username";

	static final String PASSWORD_PROPERTY = "crochet.neo4j.password";

	static final String URI_VARIABLE = "CROCHET_NEO4J_URI";

	static final String USERNAME_VARIABLE = "CROCHET_NEO4J_USERNAME";

	static final String PASSWORD_VARIABLE = "CROCHET_NEO4J_PASSWORD";

	static final String EMBEDDED_CLASS = "dev.crochet.embedded.EmbeddedNeo4j";

	static final String TESTCONTAINERS_CLASS = "org.testcontainers.neo4j.Neo4jContainer";

	/**
	 * Where settings outside the annotation come from; the real one reads system
	 * properties and the environment.
	 */
	record Environment(UnaryOperator<String> properties, UnaryOperator<String> variables,
			BooleanSupplier embeddedPresent) {

		static Environment current() {
			return new Environment(System::getProperty, System::getenv, () -> present(EMBEDDED_CLASS));
		}
	}

	/**
	 * Decides the backend for {@code annotation} on {@code testClass}; fails on misuse,
	 * naming the class.
	 */
	static ServerSpec of(CrochetMigrated annotation, Class<?> testClass, Environment environment) {
		String uri = firstOf(annotation.uri(), environment.properties().apply(URI_PROPERTY),
				environment.variables().apply(URI_VARIABLE));
		Backend backend = annotation.backend();
		if (!annotation.uri().isBlank() && (backend == Backend.EMBEDDED || backend == Backend.TESTCONTAINERS)) {
			throw new ExtensionConfigurationException("@CrochetMigrated on " + testClass.getName() + " sets uri = \""
					+ annotation.uri() + "\" but backend = " + backend
					+ ", which starts its own server; use backend = EXTERNAL or AUTO");
		}
		if (backend == Backend.AUTO) {
			backend = uri != null ? Backend.EXTERNAL
					: environment.embeddedPresent().getAsBoolean() ? Backend.EMBEDDED : Backend.TESTCONTAINERS;
		}
		return switch (backend) {
			case EXTERNAL -> {
				if (uri == null) {
					throw new ExtensionConfigurationException("@CrochetMigrated on " + testClass.getName()
							+ " uses backend = EXTERNAL but no URI is given: set the uri attribute, the system property "
							+ URI_PROPERTY + " or the environment variable " + URI_VARIABLE);
				}
				String username = firstOf(annotation.username(), environment.properties().apply(USERNAME_PROPERTY),
						environment.variables().apply(USERNAME_VARIABLE));
				String password = firstOf(annotation.password(), environment.properties().apply(PASSWORD_PROPERTY),
						environment.variables().apply(PASSWORD_VARIABLE));
				yield new ServerSpec(Backend.EXTERNAL, uri, username, password, null);
			}
			case EMBEDDED -> new ServerSpec(Backend.EMBEDDED, null, null, null, null);
			case TESTCONTAINERS -> {
				if (annotation.image().isBlank()) {
					throw new ExtensionConfigurationException("@CrochetMigrated on " + testClass.getName()
							+ " uses backend = TESTCONTAINERS with a blank image");
				}
				yield new ServerSpec(Backend.TESTCONTAINERS, null, "neo4j", ContainerServer.PASSWORD,
						annotation.image());
			}
			case AUTO -> throw new IllegalStateException("AUTO is resolved above");
		};
	}

	/** The driver's credentials. */
	AuthToken authToken() {
		return username == null ? AuthTokens.none() : AuthTokens.basic(username, password == null ? "" : password);
	}

	/**
	 * Same key, same server: identifies the server in the root store and in lock names.
	 */
	String key() {
		return switch (backend) {
			case EXTERNAL -> "external " + uri + (username == null ? "" : " as " + username);
			case EMBEDDED -> "embedded";
			case TESTCONTAINERS -> "testcontainers " + image;
			case AUTO -> throw new IllegalStateException("AUTO is never a server");
		};
	}

	/** The {@link org.junit.jupiter.api.parallel.ResourceLock} name of this server. */
	String lockName() {
		return "dev.crochet.junit.neo4j[" + key() + "]";
	}

	static boolean present(String className) {
		try {
			Class.forName(className, false, ServerSpec.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError absent) {
			return false;
		}
	}

	private static String firstOf(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return null;
	}

	/** Never shows the password. */
	@Override
	public String toString() {
		return key();
	}
}
