package dev.crochet.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-creates every {@code from} relationship as a {@code to} relationship between the
 * same nodes with the same properties, in chunks (Neo4j cannot change a relationship's
 * type in place).
 *
 * <pre>{@code
 * MATCH (a)-[r:`Old`]->(b) CALL (a, r, b) { CREATE (a)-[r2:`New`]->(b) SET r2 = properties(r) DELETE r } IN TRANSACTIONS OF 5000 ROWS
 * }</pre>
 */
public record RenameRelationshipType(String from, String to, int chunkSize) implements ChunkedOperation {

	public RenameRelationshipType {
		CypherNames.requireValid(from, Fragments.TYPE);
		CypherNames.requireValid(to, Fragments.TYPE);
		Fragments.requireDifferent(from, to, Fragments.TYPE);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public RenameRelationshipType(String from, String to) {
		this(from, to, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		return List.of(Fragments.autoCommit(
				"MATCH (a)-[r:" + Fragments.type(from) + "]->(b) CALL (a, r, b) { CREATE (a)-[r2:" + Fragments.type(to)
						+ "]->(b) SET r2 = properties(r) DELETE r }" + Fragments.inTransactions(chunkSize),
				Map.of()));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new RenameRelationshipType(to, from, chunkSize));
	}

	@Override
	public String describe() {
		return "rename relationship type " + from + " to " + to;
	}
}
