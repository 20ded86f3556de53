package dev.crochet.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves the value of {@code from} to {@code to} on every {@code type} relationship that
 * has {@code from}, in chunks; the relationship itself stays (its id and endpoints too).
 *
 * <pre>{@code
 * MATCH ()-[r:`ACTED_IN`]->() WHERE r.`role` IS NOT NULL CALL (r) { SET r.`character` = r.`role` REMOVE r.`role` } IN TRANSACTIONS OF 5000 ROWS
 * }</pre>
 */
public record RenameRelationshipProperty(String type, String from, String to,
		int chunkSize) implements ChunkedOperation {

	public RenameRelationshipProperty {
		CypherNames.requireValid(type, Fragments.TYPE);
		CypherNames.requireValid(from, Fragments.PROPERTY);
		CypherNames.requireValid(to, Fragments.PROPERTY);
		Fragments.requireDifferent(from, to, Fragments.PROPERTY);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public RenameRelationshipProperty(String type, String from, String to) {
		this(type, from, to, DEFAULT_CHUNK_SIZE);
	}

	@Override
	public List<Statement> statements() {
		String old = Fragments.property(from);
		return List.of(Fragments.autoCommit("MATCH ()-[r:" + Fragments.type(type) + "]->() WHERE r." + old
				+ " IS NOT NULL CALL (r) { SET r." + Fragments.property(to) + " = r." + old + " REMOVE r." + old + " }"
				+ Fragments.inTransactions(chunkSize), Map.of()));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new RenameRelationshipProperty(type, to, from, chunkSize));
	}

	@Override
	public String describe() {
		return "rename property [" + type + "]." + from + " to " + to;
	}
}
