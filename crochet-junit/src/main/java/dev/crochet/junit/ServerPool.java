package dev.crochet.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The servers of one {@link ServerSpec}, lent to one test class at a time: a class that
 * runs while the others hold theirs gets a server of its own (started on demand, up to
 * the pool's size), or waits for one to come back. Kept in the root store, so JUnit stops
 * every server at the end of the run.
 *
 * <pre>{@code
 * Neo4jServer server = pool.acquire(testClass);   // blocks while all servers are lent
 * try { ... } finally { pool.release(server); }
 * }</pre>
 *
 * Only the embedded backend has more than one server: an external server is one, and a
 * container per class would cost more to start than it saves. With
 * {@code crochet.databasePerClass} an external server or a container is shared instead of
 * lent: every class has a database of its own on it, so none waits for another.
 */
final class ServerPool implements AutoCloseable {

	/**
	 * The JUnit configuration parameter (or system property) that sizes the embedded
	 * pool.
	 */
	static final String SIZE_PARAMETER = "crochet.servers";

	private final ServerSpec spec;

	private final int size;

	/** Whether classes use the one server at the same time, each on its own database. */
	private final boolean shared;

	private final List<Neo4jServer> started = new ArrayList<>();

	private final Deque<Neo4jServer> free = new ArrayDeque<>();

	/**
	 * Starts in flight: counted against the size so two waiting classes do not both start
	 * the last one.
	 */
	private int starting;

	private boolean closed;

	/**
	 * The first start that failed, given to every later class that would start one: an
	 * unreachable or misconfigured server fails each class at once instead of after a
	 * connection timeout each.
	 */
	private RuntimeException startFailure;

	ServerPool(ServerSpec spec, int size) {
		this(spec, size, false);
	}

	/**
	 * @param databasePerClass whether {@code crochet.databasePerClass} is on: shares an
	 * external server or a container (it changes nothing on the embedded backend)
	 */
	ServerPool(ServerSpec spec, int size, boolean databasePerClass) {
		this.spec = spec;
		this.size = spec.backend() == Backend.EMBEDDED ? size : 1;
		this.shared = databasePerClass && spec.backend() != Backend.EMBEDDED;
	}

	/**
	 * The pool size: the configuration parameter, else the system property, else the
	 * number of cores.
	 * @param parameter reads a JUnit configuration parameter
	 */
	static int size(Function<String, Optional<String>> parameter, Function<String, String> systemProperty, int cores) {
		String value = parameter.apply(SIZE_PARAMETER).orElseGet(() -> systemProperty.apply(SIZE_PARAMETER));
		if (value == null || value.isBlank()) {
			return Math.max(1, cores);
		}
		try {
			int size = Integer.parseInt(value.strip());
			if (size >= 1) {
				return size;
			}
		}
		catch (NumberFormatException notANumber) {
			// Reported below, with the value.
		}
		throw new ExtensionConfigurationException(
				SIZE_PARAMETER + " must be a whole number of servers, at least 1; was \"" + value + "\"");
	}

	int size() {
		return size;
	}

	/**
	 * A server for {@code testClass} alone until {@link #release}: a free one, a new one,
	 * or the next one given back.
	 */
	Neo4jServer acquire(Class<?> testClass) {
		return acquire(testClass, null);
	}

	/**
	 * As {@link #acquire(Class)}, preferring a free server whose database holds
	 * {@code configuration}'s migrated schema: the class may keep it instead of migrating
	 * again ({@link MigratedTemplate}).
	 */
	Neo4jServer acquire(Class<?> testClass, Object configuration) {
		synchronized (this) {
			while (mustWait()) {
				if (closed) {
					throw new IllegalStateException("The Crochet server pool for " + spec + " is closed");
				}
				try {
					wait();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(
							"Interrupted while " + testClass.getName() + " waited for a Neo4j server", ex);
				}
			}
			if (shared && !started.isEmpty()) {
				return started.get(0);
			}
			if (!free.isEmpty()) {
				Neo4jServer holding = free.stream()
					.filter(server -> server.claims().holds(configuration))
					.findFirst()
					.orElse(free.peek());
				free.remove(holding);
				return holding;
			}
			if (startFailure != null) {
				throw startFailure;
			}
			starting++;
		}
		// Started outside the monitor: other classes may take and give back servers
		// meanwhile.
		Neo4jServer server = null;
		try {
			server = Neo4jServer.start(spec, testClass);
			return server;
		}
		catch (RuntimeException ex) {
			synchronized (this) {
				startFailure = startFailure == null ? ex : startFailure;
			}
			throw ex;
		}
		finally {
			synchronized (this) {
				starting--;
				if (server != null) {
					started.add(server);
				}
				notifyAll();
			}
		}
	}

	/**
	 * A lent server: none free and no room to start one. A shared server: only while it
	 * is being started.
	 */
	private boolean mustWait() {
		return shared ? started.isEmpty() && starting > 0 : free.isEmpty() && started.size() + starting >= size;
	}

	/**
	 * Gives {@code server} back for the next class; its database is cleaned by whoever
	 * takes it. A shared server was never lent.
	 */
	synchronized void release(Neo4jServer server) {
		if (shared) {
			return;
		}
		// Given back once however often this is called: a server twice in the free list
		// would go to two classes.
		if (!free.contains(server)) {
			free.push(server);
		}
		notifyAll();
	}

	/** How many servers this pool has started so far. */
	synchronized int started() {
		return started.size();
	}

	@Override
	public void close() {
		List<Neo4jServer> servers;
		synchronized (this) {
			closed = true;
			servers = List.copyOf(started);
			notifyAll();
		}
		RuntimeException failure = null;
		for (Neo4jServer server : servers) {
			try {
				server.close();
			}
			catch (RuntimeException ex) {
				failure = failure == null ? ex : failure;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	@Override
	public String toString() {
		return spec + " (" + size + (size == 1 ? " server" : " servers") + (shared ? ", shared)" : ")");
	}

}
