package dev.crochet.embedded;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.NullLogProvider;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A Neo4j Community server running inside this JVM, reachable over Bolt on
 * {@code 127.0.0.1} at a free port, with HTTP off and authentication off (or on, with
 * {@link #startWithPassword(String)}).
 *
 * <pre>{@code
 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start();
 *      Driver driver = GraphDatabase.driver(neo4j.boltUri())) {
 *     driver.executableQuery("RETURN 1").execute();
 * }
 * }</pre>
 *
 * {@link #start()} uses a fresh temporary store that {@link #close()} deletes;
 * {@link #start(Path)} opens (or creates) a persistent store, so a later start on the
 * same directory sees the same data. One directory can be open by one server at a time: a
 * second start fails with a message naming it.
 *
 * <p>
 * The same classes are built twice: {@code crochet-neo4j-embedded} runs Neo4j 5.26 LTS on
 * Java 17+, {@code crochet-neo4j-embedded-2025} the current calendar line on Java 21+.
 * Further Neo4j settings come from a {@code neo4j.conf}-style file named by the system
 * property {@code crochet.embedded.config} (for example
 * {@code db.query.default_language=CYPHER_25}); the settings above always win.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private final Path storeDirectory;

	private final boolean temporary;

	private final DatabaseManagementService service;

	private final StoreLock lock;

	private final URI boltUri;

	private final Thread shutdownHook;

	private boolean closed;

	private EmbeddedNeo4j(Path storeDirectory, boolean temporary, DatabaseManagementService service, StoreLock lock,
			URI boltUri) {
		this.storeDirectory = storeDirectory;
		this.temporary = temporary;
		this.service = service;
		this.lock = lock;
		this.boltUri = boltUri;
		// A CLI interrupted with Ctrl-C should still leave a cleanly closed store behind.
		this.shutdownHook = new Thread(this::shutDown, "crochet-embedded-neo4j-shutdown");
		Runtime.getRuntime().addShutdownHook(shutdownHook);
	}

	/** Starts a server on a fresh temporary store, deleted again by {@link #close()}. */
	public static EmbeddedNeo4j start() {
		Path directory;
		try {
			directory = Files.createTempDirectory("crochet-neo4j-");
		}
		catch (IOException e) {
			throw new EmbeddedNeo4jException(
					"Cannot create a temporary directory for the embedded Neo4j: " + e.getMessage(), e);
		}
		try {
			return start(directory, true, null);
		}
		catch (RuntimeException e) {
			Folders.deleteQuietly(directory);
			throw e;
		}
	}

	/**
	 * Starts a server on a fresh temporary store with authentication on: user
	 * {@code neo4j} has {@code password} (at least 8 characters, Neo4j's minimum) and
	 * need not change it.
	 *
	 * <pre>{@code
	 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.startWithPassword("s3cret-pass");
	 *      Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "s3cret-pass"))) { ... }
	 * }</pre>
	 */
	public static EmbeddedNeo4j startWithPassword(String password) {
		Objects.requireNonNull(password, "password");
		if (password.length() < 8) {
			throw new EmbeddedNeo4jException(
					"The password for the embedded Neo4j must have at least 8 characters, it has " + password.length(),
					null);
		}
		Path directory;
		try {
			directory = Files.createTempDirectory("crochet-neo4j-");
		}
		catch (IOException e) {
			throw new EmbeddedNeo4jException(
					"Cannot create a temporary directory for the embedded Neo4j: " + e.getMessage(), e);
		}
		try {
			return start(directory, true, password);
		}
		catch (RuntimeException e) {
			Folders.deleteQuietly(directory);
			throw e;
		}
	}

	/**
	 * Starts a server on the persistent store in {@code storeDirectory}, creating it if
	 * absent.
	 */
	public static EmbeddedNeo4j start(Path storeDirectory) {
		Objects.requireNonNull(storeDirectory, "storeDirectory");
		Path directory = storeDirectory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException e) {
			throw new EmbeddedNeo4jException("Cannot create the Neo4j store directory " + directory + ": " + e, e);
		}
		return start(directory, false, null);
	}

	/**
	 * @param password null: authentication off; else on, with this password for
	 * {@code neo4j}
	 */
	private static EmbeddedNeo4j start(Path directory, boolean temporary, String password) {
		StoreLock lock = StoreLock.acquire(directory);
		try {
			for (int attempt = 1;; attempt++) {
				int port = LoopbackPort.free();
				DatabaseManagementService service;
				try {
					service = build(directory, password, port);
				}
				catch (RuntimeException e) {
					if (attempt < LoopbackPort.ATTEMPTS && LoopbackPort.taken(e)) {
						continue;
					}
					throw new EmbeddedNeo4jException(startFailure(directory, e), e);
				}
				try {
					if (password != null) {
						// The embedded API is not subject to authentication, so it can
						// set the first password.
						service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
							.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
									Map.of("password", password));
					}
					return new EmbeddedNeo4j(directory, temporary, service, lock,
							URI.create("bolt://127.0.0.1:" + port));
				}
				catch (RuntimeException e) {
					service.shutdown();
					throw new EmbeddedNeo4jException(startFailure(directory, e), e);
				}
			}
		}
		catch (RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	private static DatabaseManagementService build(Path directory, String password, int port) {
		Path settings;
		try {
			settings = SettingsFile.write();
		}
		catch (IOException e) {
			throw new EmbeddedNeo4jException(
					"Cannot start the embedded Neo4j in " + directory + ": cannot write its settings: " + e, e);
		}
		try {
			return new DatabaseManagementServiceBuilder(directory).loadPropertiesFromFile(settings)
				.setUserLogProvider(NullLogProvider.getInstance())
				.setConfig(GraphDatabaseSettings.auth_enabled, password != null)
				.setConfig(GraphDatabaseSettings.debug_log_enabled, false)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.build();
		}
		finally {
			try {
				Files.deleteIfExists(settings);
			}
			catch (IOException ignored) {
				// A stray file in the temporary folder is not worth failing a start for.
			}
		}
	}

	private static String startFailure(Path directory, Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "Cannot start the embedded Neo4j in " + directory + ": " + root;
	}

	/**
	 * Where the driver connects: {@code bolt://127.0.0.1:<port>}; no authentication
	 * needed unless started with a password.
	 */
	public URI boltUri() {
		return boltUri;
	}

	/** The server's home directory (the temporary one for {@link #start()}). */
	public Path storeDirectory() {
		return storeDirectory;
	}

	/** Stops the server; a temporary store is deleted. Calling it again does nothing. */
	@Override
	public void close() {
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		}
		catch (IllegalStateException alreadyShuttingDown) {
			// The hook is running or about to: it does the work.
		}
		shutDown();
	}

	private synchronized void shutDown() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			service.shutdown();
		}
		finally {
			lock.close();
			if (temporary) {
				Folders.deleteQuietly(storeDirectory);
			}
		}
	}

	@Override
	public String toString() {
		return "EmbeddedNeo4j[" + boltUri + ", " + storeDirectory + (temporary ? " (temporary)" : "") + "]";
	}

}
