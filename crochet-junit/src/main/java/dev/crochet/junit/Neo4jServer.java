package dev.crochet.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running server and the one driver every test class using it shares. Kept in the root
 * store, so JUnit closes it once, at the end of the run.
 */
final class Neo4jServer implements AutoCloseable {

	/**
	 * How many servers this JVM started; lets a test prove that a second class reused the
	 * first's server.
	 */
	static final AtomicInteger STARTED = new AtomicInteger();

	private final ServerSpec spec;

	private final String boltUri;

	private final Driver driver;

	private final AutoCloseable process;

	/** How long starting (or connecting) took, in milliseconds. */
	private final long startMillis;

	private final AtomicBoolean used = new AtomicBoolean();

	/** Which class prepared the database last, and what it left there. */
	private final Claims claims = new Claims();

	/** Asked once per server, and only by a class that wants a database of its own. */
	private String edition;

	private Neo4jServer(ServerSpec spec, String boltUri, Driver driver, AutoCloseable process, long startMillis) {
		this.spec = spec;
		this.boltUri = boltUri;
		this.driver = driver;
		this.process = process;
		this.startMillis = startMillis;
	}

	/**
	 * Starts (or, for an external server, connects to) the server {@code spec} describes.
	 * @throws org.opentest4j.TestAbortedException for Testcontainers without Docker
	 */
	static Neo4jServer start(ServerSpec spec, Class<?> testClass) {
		long start = System.nanoTime();
		AutoCloseable process = null;
		String uri;
		switch (spec.backend()) {
			case EMBEDDED -> {
				requireOnClassPath(ServerSpec.EMBEDDED_CLASS, "dev.crochet:crochet-neo4j-embedded", spec, testClass);
				EmbeddedServer embedded = EmbeddedServer.start();
				process = embedded;
				uri = embedded.boltUri();
			}
			case TESTCONTAINERS -> {
				requireOnClassPath(ServerSpec.TESTCONTAINERS_CLASS, "org.testcontainers:testcontainers-neo4j", spec,
						testClass);
				ContainerServer container = ContainerServer.start(spec, testClass);
				process = container;
				uri = container.boltUri();
			}
			case EXTERNAL -> uri = spec.uri();
			default -> throw new IllegalStateException("unresolved backend " + spec.backend());
		}
		Driver driver;
		try {
			driver = GraphDatabase.driver(uri, spec.authToken(),
					Config.builder()
						.withConnectionTimeout(10, TimeUnit.SECONDS)
						.withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
						.build());
			driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			closeQuietly(process);
			throw new ExtensionConfigurationException("@CrochetMigrated on " + testClass.getName()
					+ " cannot connect to Neo4j at " + uri + " (" + spec.backend() + "): " + ex.getMessage(), ex);
		}
		STARTED.incrementAndGet();
		return new Neo4jServer(spec, uri, driver, process, (System.nanoTime() - start) / 1_000_000);
	}

	private static void requireOnClassPath(String className, String artifact, ServerSpec spec, Class<?> testClass) {
		if (!ServerSpec.present(className)) {
			throw new ExtensionConfigurationException("@CrochetMigrated on " + testClass.getName() + " needs "
					+ artifact + " on the test class path for backend " + spec.backend() + " (class " + className
					+ " not found)");
		}
	}

	ServerSpec spec() {
		return spec;
	}

	String boltUri() {
		return boltUri;
	}

	Driver driver() {
		return driver;
	}

	long startMillis() {
		return startMillis;
	}

	/**
	 * {@code community} or {@code enterprise}, as {@code dbms.components()} says; asked
	 * once.
	 */
	synchronized String edition() {
		if (edition == null) {
			edition = driver.executableQuery("CALL dbms.components() YIELD edition RETURN edition")
				.execute()
				.records()
				.get(0)
				.get("edition")
				.asString();
		}
		return edition;
	}

	/**
	 * Creates database {@code name} unless it exists, and waits until it is online
	 * (Enterprise only).
	 */
	void createDatabase(String name) {
		// An administration command, run on the system database outside an explicit
		// transaction; the name goes in as a parameter, never spliced into the text.
		try (Session system = driver.session(SessionConfig.forDatabase("system"))) {
			system.run("CREATE DATABASE $name IF NOT EXISTS WAIT", Map.of("name", name)).consume();
		}
	}

	/**
	 * True for the first class that uses this server, false after: the classes on one
	 * server run one at a time (see {@link ServerLocks}), so the first to ask is the one
	 * that started it. (With {@code crochet.databasePerClass} classes share the server,
	 * and one that waited for the start may be the first to ask: only the report entry's
	 * wording depends on it.)
	 */
	boolean firstUse() {
		return used.compareAndSet(false, true);
	}

	Claims claims() {
		return claims;
	}

	@Override
	public void close() {
		try {
			driver.close();
		}
		finally {
			closeQuietly(process);
		}
	}

	private static void closeQuietly(AutoCloseable process) {
		if (process == null) {
			return;
		}
		try {
			process.close();
		}
		catch (Exception ignored) {
			// The run is over; a server that will not stop is not worth failing it for.
		}
	}

	@Override
	public String toString() {
		return spec + " at " + boltUri;
	}

}
