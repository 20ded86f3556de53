package dev.crochet.cypher;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only stand-in for the engine's executor: runs rendered statements the way their
 * {@link StatementKind} says, binding {@code ROWS} in chunks of the operation's chunk
 * size.
 */
final class StatementRunner {

	private final Driver driver;

	StatementRunner(Driver driver) {
		this.driver = driver;
	}

	void run(List<Operation> operations) {
		operations.forEach(this::run);
	}

	void run(Operation operation) {
		int chunkSize = operation instanceof ChunkedOperation chunked ? chunked.chunkSize()
				: ChunkedOperation.DEFAULT_CHUNK_SIZE;
		try (Session session = driver.session()) {
			for (Statement statement : operation.statements()) {
				switch (statement.kind()) {
					case SCHEMA, AUTO_COMMIT -> session.run(statement.cypher(), statement.parameters()).consume();
					case WRITE -> session
						.executeWriteWithoutResult(tx -> tx.run(statement.cypher(), statement.parameters()).consume());
					case ROWS -> runInChunks(session, statement, chunkSize);
				}
			}
		}
	}

	private static void runInChunks(Session session, Statement statement, int chunkSize) {
		List<Map<String, ?>> chunk = new ArrayList<>(chunkSize);
		for (Map<String, ?> row : statement.rows()) {
			chunk.add(row);
			if (chunk.size() == chunkSize) {
				write(session, statement, chunk);
				chunk = new ArrayList<>(chunkSize);
			}
		}
		if (!chunk.isEmpty()) {
			write(session, statement, chunk);
		}
	}

	private static void write(Session session, Statement statement, List<Map<String, ?>> chunk) {
		Map<String, Object> parameters = new HashMap<>(statement.parameters());
		parameters.put("rows", chunk);
		session.executeWriteWithoutResult(tx -> tx.run(statement.cypher(), parameters).consume());
	}

}
