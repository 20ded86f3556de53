package dev.crochet.engine;

import dev.crochet.ConnectionException;
import dev.crochet.NodeMatch;
import dev.crochet.cypher.EndpointCheck;
import dev.crochet.cypher.InvalidOperationException;
import dev.crochet.cypher.Statement;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.summary.ResultSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The one place Crochet talks to Neo4j: runs rendered statements by their kind and
 * answers queries. Connection and credential failures become {@link ConnectionException}s
 * that name the URI, never the password.
 */
public final class Graph {

	private final Driver driver;

	private final String database;

	private final String uri;

	/**
	 * Rows per transaction of the chunked statements Crochet writes itself (recovery's
	 * deletes); a migration's operations carry their own, which the engine records them
	 * with from the same setting.
	 */
	private final int chunkSize;

	private volatile Boolean enterprise;

	/**
	 * Why the run was asked to stop, or null: read between statements and chunks, never
	 * mid-transaction.
	 */
	private volatile String interruption;

	public Graph(Driver driver, String database, String uri, int chunkSize) {
		this.driver = driver;
		this.database = database;
		this.uri = uri;
		this.chunkSize = chunkSize;
	}

	public Driver driver() {
		return driver;
	}

	public String database() {
		return database;
	}

	/** The URI, as messages name the database. */
	String uri() {
		return uri;
	}

	/**
	 * The configured rows per transaction, for chunked statements that no operation
	 * renders.
	 */
	int chunkSize() {
		return chunkSize;
	}

	/** The session of the current {@link #inOneSession} scope on this thread, if any. */
	private final ThreadLocal<Session> scoped = new ThreadLocal<>();

	private Session openSession() {
		return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
	}

	/** Work on the scoped session when there is one, else on a session of its own. */
	private <T> T onSession(Function<Session, T> work) {
		Session shared = scoped.get();
		if (shared != null) {
			return work.apply(shared);
		}
		try (Session session = openSession()) {
			return work.apply(session);
		}
	}

	/**
	 * Runs {@code work} with every statement of this thread on one session: a migration
	 * call runs many short statements, and a session per statement cost a few
	 * milliseconds each (measured on a 50-migration chain).
	 */
	<T> T inOneSession(Supplier<T> work) {
		if (scoped.get() != null) {
			return work.get();
		}
		try (Session session = openSession()) {
			scoped.set(session);
			return work.get();
		}
		finally {
			scoped.remove();
		}
	}

	/**
	 * Fails fast (driver timeouts) with a message naming the URI when Neo4j is
	 * unreachable or refuses us.
	 */
	public void verifyConnectivity() {
		translate(() -> {
			try {
				driver.verifyConnectivity();
			}
			catch (SecurityException | ServiceUnavailableException ex) {
				throw ex;
			}
			catch (Neo4jException ex) {
				// E.g. an HTTP server or a proxy on that port: whatever answered, it is
				// not a usable Neo4j.
				throw new ConnectionException("Neo4j at " + uri + " cannot be used: " + ex.getMessage(), ex);
			}
			return null;
		});
	}

	/**
	 * Asks the run on this graph to stop at the next statement or chunk boundary: the
	 * transaction in flight finishes (or fails) whole, so what follows is the ordinary
	 * failure path, undo included.
	 */
	public void interrupt(String reason) {
		interruption = reason == null ? "interrupted" : reason;
	}

	/** Throws {@link Interrupted} once {@link #interrupt} was called. */
	void checkInterrupted() {
		String reason = interruption;
		if (reason != null) {
			throw new Interrupted(reason);
		}
	}

	/**
	 * Raised at a boundary after {@link #interrupt}; the executor turns it into a
	 * MigrationInterruptedException.
	 */
	static final class Interrupted extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Interrupted(String reason) {
			super(reason, null, false, false);
		}

	}

	boolean enterprise() {
		Boolean known = enterprise;
		if (known == null) {
			String edition = query("CALL dbms.components() YIELD edition RETURN edition", Map.of(),
					r -> r.get("edition").asString())
				.stream()
				.findFirst()
				.orElse("community");
			known = !"community".equalsIgnoreCase(edition);
			enterprise = known;
		}
		return known;
	}

	/**
	 * Runs a statement; row statements run in chunks of the statement's own chunk size,
	 * reporting the entities each chunk created to {@code rowsWritten}.
	 */
	void execute(Statement statement, LongConsumer rowsWritten) {
		execute(statement, 0, null, rowsWritten);
	}

	/**
	 * What a row statement's chunk does in its own transaction after its rows: mark how
	 * many rows of the statement are in, so a run killed after that commit resumes after
	 * them.
	 */
	@FunctionalInterface
	interface ChunkMark {

		void committed(TransactionContext tx, long rowsIn);

	}

	/**
	 * As {@link #execute(Statement, LongConsumer)}; a row statement first skips
	 * {@code skipRows} rows (a resumed run: they were committed before the kill) and
	 * marks each chunk with {@code mark} when there is one.
	 */
	void execute(Statement statement, long skipRows, ChunkMark mark, LongConsumer rowsWritten) {
		translate(() -> {
			switch (statement.kind()) {
				case SCHEMA, AUTO_COMMIT ->
					onSession(session -> session.run(statement.cypher(), statement.parameters()).consume());
				case WRITE -> onSession(session -> session
					.executeWrite(tx -> tx.run(statement.cypher(), statement.parameters()).consume()));
				case ROWS -> runInChunks(statement, skipRows, mark, rowsWritten);
			}
			return null;
		});
	}

	private void runInChunks(Statement statement, long skipRows, ChunkMark mark, LongConsumer rowsWritten) {
		Iterator<? extends Map<String, ?>> rows = statement.rows().iterator();
		for (long skipped = 0; skipped < skipRows && rows.hasNext(); skipped++) {
			rows.next();
		}
		EndpointCheck check = statement.endpoints();
		boolean countSuffices = check == null || check.keysUnique(query(EndpointCheck.UNIQUE_KEYS, Map.of(),
				r -> NodeMatch.of(r.get("label").asString(), r.get("property").asString())));
		onSession(session -> {
			long offset = skipRows;
			while (rows.hasNext()) {
				checkInterrupted();
				List<Map<String, ?>> chunk = new ArrayList<>(statement.chunkSize());
				while (rows.hasNext() && chunk.size() < statement.chunkSize()) {
					chunk.add(rows.next());
				}
				Map<String, Object> parameters = new HashMap<>(statement.parameters());
				parameters.put("rows", chunk);
				long first = offset;
				long[] created = { 0 };
				session.executeWriteWithoutResult(tx -> {
					ResultSummary summary = tx.run(statement.cypher(), parameters).consume();
					created[0] = summary.counters().nodesCreated() + summary.counters().relationshipsCreated();
					boolean countDiffers = summary.counters().relationshipsCreated() != chunk.size();
					if (check != null && (countDiffers || !countSuffices)) {
						// Thrown inside the transaction function, so this chunk is rolled
						// back.
						requireOneEach(tx, check, first, chunk, countDiffers);
					}
					if (mark != null) {
						mark.committed(tx, first + chunk.size());
					}
				});
				offset += chunk.size();
				FaultPoints.reach("chunk-committed");
				// Entities created, not rows: an upsert row that matched an existing node
				// adds nothing to the
				// batch, and verify compares this count with the entities the batch tag
				// finds in the graph.
				rowsWritten.accept(created[0]);
			}
			return null;
		});
	}

	/**
	 * Fails when a row of the chunk did not match exactly one node at each end (or the
	 * count already says so), naming the first such rows.
	 */
	private static void requireOneEach(TransactionContext tx, EndpointCheck check, long offset,
			List<Map<String, ?>> chunk, boolean countDiffers) {
		Record found = tx.run(check.diagnosis(), Map.of("rows", chunk)).single();
		long total = found.get("total").asLong();
		if (total > 0 || countDiffers) {
			List<Map<String, Object>> first = found.get("first").asList(value -> value.asMap());
			throw new InvalidOperationException(check.describe(offset, chunk.size(), total, first));
		}
	}

	void run(String cypher, Map<String, Object> parameters) {
		translate(() -> onSession(session -> session.run(cypher, parameters).consume()));
	}

	/**
	 * Runs a write statement in a transaction of its own and returns its rows; the driver
	 * retries it on transient failures, such as the deadlock Neo4j reports when runs race
	 * for the same node.
	 */
	<T> List<T> write(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return translate(
				() -> onSession(session -> session.executeWrite(tx -> tx.run(cypher, parameters).list(mapper::apply))));
	}

	/**
	 * Runs {@code work} as one managed write transaction (statements that read what an
	 * earlier one locked), retried by the driver on transient failures such as deadlocks.
	 */
	<T> T inWriteTransaction(Function<TransactionContext, T> work) {
		return translate(() -> onSession(session -> session.executeWrite(work::apply)));
	}

	<T> List<T> query(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return translate(
				() -> onSession(session -> session.executeRead(tx -> tx.run(cypher, parameters).list(mapper::apply))));
	}

	/** Streams a result record by record so a large graph never sits in memory. */
	void stream(String cypher, Map<String, Object> parameters, Consumer<Record> consumer) {
		translate(() -> onSession(session -> session.executeRead(tx -> {
			tx.run(cypher, parameters).forEachRemaining(consumer);
			return null;
		})));
	}

	private <T> T translate(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (AuthenticationException ex) {
			throw new ConnectionException("Neo4j at " + uri + " refused the credentials (authentication failed)", ex);
		}
		catch (SecurityException ex) {
			throw new ConnectionException("Neo4j at " + uri + " refused access: " + ex.getMessage(), ex);
		}
		catch (ServiceUnavailableException ex) {
			throw new ConnectionException("Neo4j at " + uri + " is unreachable: " + ex.getMessage(), ex);
		}
	}

}
