package dev.crochet.cypher;

import dev.crochet.NodeMatch;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates one {@code type} relationship per row, from the node {@code from} finds by the
 * row's {@code "from"} value to the node {@code to} finds by its {@code "to"} value; the
 * row's other entries become the relationship's properties. Each relationship is tagged
 * with {@code batchId}, and the internal batch index on {@code type} is made sure of
 * first. A row without a {@code "from"} or {@code "to"} value fails, naming its index,
 * when the rows are streamed; a row that matches no node or several at either end fails
 * its chunk ({@link EndpointCheck}).
 *
 * <pre>{@code
 * UNWIND $rows AS row MATCH (a:`Person` {`name`: row.from}) MATCH (b:`Movie` {`title`: row.to})
 * CREATE (a)-[r:`ACTED_IN`]->(b) SET r = row.props, r._crochet_batch = $batch
 * }</pre>
 *
 * @param rows the rows as given; {@link #statements()} streams them through a lazy
 * {@code {from, to, props}} view
 */
public record CreateRelationships(String type, NodeMatch from, NodeMatch to, Iterable<? extends Map<String, ?>> rows,
		String batchId, int chunkSize) implements ChunkedOperation {

	public CreateRelationships {
		CypherNames.requireValid(type, Fragments.TYPE);
		requireMatch(from, "from");
		requireMatch(to, "to");
		Fragments.requireRows(rows, "relationship type " + CypherNames.display(type));
		Fragments.requireBatchId(batchId);
		ChunkedOperation.requirePositive(chunkSize);
	}

	public CreateRelationships(String type, NodeMatch from, NodeMatch to, Iterable<? extends Map<String, ?>> rows,
			String batchId) {
		this(type, from, to, rows, batchId, DEFAULT_CHUNK_SIZE);
	}

	private static void requireMatch(NodeMatch match, String end) {
		if (match == null) {
			throw new InvalidOperationException("Invalid \"" + end + "\" node match: must not be null");
		}
		CypherNames.requireValid(match.label(), Fragments.LABEL);
		CypherNames.requireValid(match.property(), Fragments.PROPERTY);
	}

	@Override
	public List<Statement> statements() {
		String cypher = "UNWIND $rows AS row" + " MATCH (a:" + Fragments.label(from.label()) + " {"
				+ Fragments.property(from.property()) + ": row.from})" + " MATCH (b:" + Fragments.label(to.label())
				+ " {" + Fragments.property(to.property()) + ": row.to})" + " CREATE (a)-[r:" + Fragments.type(type)
				+ "]->(b) SET r = row.props, r." + SchemaNames.BATCH_PROPERTY + " = $batch";
		return List.of(Fragments.relationshipBatchIndex(type), new Statement(cypher, Map.of("batch", batchId),
				StatementKind.ROWS, new RelationshipRows(type, rows), EndpointCheck.of(type, from, to), chunkSize));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DeleteRelationshipsByBatch(type, batchId, chunkSize));
	}

	@Override
	public Optional<String> batch() {
		return Optional.of(batchId);
	}

	@Override
	public String describe() {
		return "create " + type + " relationships " + from.label() + "(" + from.property() + ") -> " + to.label() + "("
				+ to.property() + ") in batch " + batchId;
	}
}
