package dev.crochet.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;

/**
 * A Neo4j Community server running inside this JVM, reachable over Bolt on {@code 127.0.0.1} at a
 * free port, with HTTP off and authentication off (or on, with {@link #startWithPassword(String)}).
 *
 * <pre>{@code
 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start();
 *      Driver driver = GraphDatabase.driver(neo4j.boltUri())) {
 *     driver.executableQuery("RETURN 1").execute();
 * }
 * }</pre>
 *
 * {@link #start()} uses a fresh temporary store that {@link #close()} deletes; {@link #start(Path)}
 * opens (or creates) a persistent store, so a later start on the same directory sees the same data.
 * One directory can be open by one server at a time: a second start fails with a message naming it.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private final Path storeDirectory;
	private final boolean temporary;
	private final DatabaseManagementService service;
	private final URI boltUri;
	private final Thread shutdownHook;
	private boolean closed;

	private EmbeddedNeo4j(Path storeDirectory, boolean temporary, DatabaseManagementService service, URI boltUri) {
		this.storeDirectory = storeDirectory;
		this.temporary = temporary;
		this.service = service;
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
		} catch (IOException e) {
			throw new EmbeddedNeo4jException("Cannot create a temporary directory for the embedded Neo4j: " + e.getMessage(), e);
		}
		try {
			return start(directory, true, null);
		} catch (RuntimeException e) {
			deleteQuietly(directory);
			throw e;
		}
	}

	/**
	 * Starts a server on a fresh temporary store with authentication on: user {@code neo4j} has
	 * {@code password} (at least 8 characters, Neo4j's minimum) and need not change it.
	 *
	 * <pre>{@code
	 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.startWithPassword("s3cret-pass");
	 *      Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "s3cret-pass"))) { ... }
	 * }</pre>
	 */
	public static EmbeddedNeo4j startWithPassword(String password) {
		Objects.requireNonNull(password, "password");
		if (password.length() < 8) {
			throw new EmbeddedNeo4jException("The password for the embedded Neo4j must have at least 8 characters, it has "
					+ password.length(), null);
		}
		Path directory;
		try {
			directory = Files.createTempDirectory("crochet-neo4j-");
		} catch (IOException e) {
			throw new EmbeddedNeo4jException("Cannot create a temporary directory for the embedded Neo4j: " + e.getMessage(), e);
		}
		try {
			return start(directory, true, password);
		} catch (RuntimeException e) {
			deleteQuietly(directory);
			throw e;
		}
	}

	/** Starts a server on the persistent store in {@code storeDirectory}, creating it if absent. */
	public static EmbeddedNeo4j start(Path storeDirectory) {
		Objects.requireNonNull(storeDirectory, "storeDirectory");
		Path directory = storeDirectory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new EmbeddedNeo4jException("Cannot create the Neo4j store directory " + directory + ": " + e, e);
		}
		return start(directory, false, null);
	}

	/** @param password null: authentication off; else on, with this password for {@code neo4j} */
	private static EmbeddedNeo4j start(Path directory, boolean temporary, String password) {
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(directory)
					.setUserLogProvider(NullLogProvider.getInstance())
					.setConfig(GraphDatabaseSettings.auth_enabled, password != null)
					.setConfig(GraphDatabaseSettings.debug_log_enabled, false)
					.setConfig(BoltConnector.enabled, true)
					.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
					.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
					.setConfig(HttpConnector.enabled, false)
					.setConfig(HttpsConnector.enabled, false)
					// Bolt's netty otherwise waits out a 2 s quiet period per event loop: ~10 s per close.
					.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
					.build();
		} catch (RuntimeException e) {
			throw new EmbeddedNeo4jException(startFailure(directory, e), e);
		}
		try {
			if (password != null) {
				// The embedded API is not subject to authentication, so it can set the first password.
				service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
						"ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
			}
			GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			int port = database.getDependencyResolver()
					.resolveDependency(ConnectorPortRegister.class)
					.getLocalAddress(ConnectorType.BOLT)
					.getPort();
			return new EmbeddedNeo4j(directory, temporary, service, URI.create("bolt://127.0.0.1:" + port));
		} catch (RuntimeException e) {
			service.shutdown();
			throw new EmbeddedNeo4jException(startFailure(directory, e), e);
		}
	}

	private static String startFailure(Path directory, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.neo4j.io.locker.FileLockException
					|| cause instanceof org.neo4j.io.pagecache.impl.FileLockException) {
				return "Cannot start the embedded Neo4j: the store directory " + directory
						+ " is locked by another Neo4j (another process, or another server in this JVM)";
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "Cannot start the embedded Neo4j in " + directory + ": " + root;
	}

	/** Where the driver connects: {@code bolt://127.0.0.1:<port>}; no authentication needed unless started with a password. */
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
		} catch (IllegalStateException alreadyShuttingDown) {
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
		} finally {
			if (temporary) {
				deleteQuietly(storeDirectory);
			}
		}
	}

	@Override
	public String toString() {
		return "EmbeddedNeo4j[" + boltUri + ", " + storeDirectory + (temporary ? " (temporary)" : "") + "]";
	}

	private static void deleteQuietly(Path directory) {
		try {
			delete(directory);
		} catch (UncheckedIOException ignored) {
			// A leftover temporary directory is not worth failing a close for.
		}
	}

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try {
			Files.walkFileTree(directory, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
