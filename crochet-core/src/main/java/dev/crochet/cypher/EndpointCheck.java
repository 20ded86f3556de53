package dev.crochet.cypher;

import dev.crochet.NodeMatch;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The promise of {@code createRelationships}: every row makes exactly one relationship,
 * so each row must match exactly one node at each end. A row that matches none would be
 * dropped without a word, one that matches several would fan out; either fails the chunk
 * instead, naming the rows.
 *
 * <p>
 * When both ends match on a property that a single-property uniqueness constraint (or
 * node key) covers, no row can fan out, so the engine only compares each chunk's
 * created-relationship count with its row count (free: the count comes back with the
 * statement) and runs {@link #diagnosis()} over the chunk on a difference, in the same
 * transaction, which is then rolled back. Otherwise a row that fans out to two
 * relationships and a row that makes none would cancel out in the count, so every chunk
 * is diagnosed: one more query per chunk, for keys that ought to be unique anyway.
 *
 * @param diagnosis Cypher over {@code $rows} returning {@code total} (rows that do not
 * match exactly one node at each end) and {@code first} (up to three of them, with
 * {@code index}, {@code from}, {@code to}, {@code froms}, {@code tos})
 */
public record EndpointCheck(String type, NodeMatch from, NodeMatch to, String diagnosis) {

	/**
	 * The single-property uniqueness constraints and node keys of the database, as
	 * {@code label} and {@code property} rows: what {@link #keysUnique} is decided on,
	 * once per operation.
	 */
	public static final String UNIQUE_KEYS = "SHOW CONSTRAINTS YIELD entityType, type, labelsOrTypes, properties"
			+ " WHERE entityType = 'NODE' AND (type ENDS WITH 'UNIQUENESS' OR type ENDS WITH 'KEY') AND size(properties) = 1"
			+ " RETURN labelsOrTypes[0] AS label, properties[0] AS property";

	/**
	 * Whether both ends match on a unique key, given the rows of {@link #UNIQUE_KEYS}.
	 */
	public boolean keysUnique(Collection<NodeMatch> uniqueKeys) {
		return uniqueKeys.contains(from) && uniqueKeys.contains(to);
	}

	static EndpointCheck of(String type, NodeMatch from, NodeMatch to) {
		String diagnosis = "UNWIND range(0, size($rows) - 1) AS i WITH i, $rows[i] AS row"
				+ " WITH i, row, COUNT { MATCH (a:" + Fragments.label(from.label()) + " {"
				+ Fragments.property(from.property()) + ": row.from}) } AS froms, COUNT { MATCH (b:"
				+ Fragments.label(to.label()) + " {" + Fragments.property(to.property()) + ": row.to}) } AS tos"
				+ " WHERE froms <> 1 OR tos <> 1"
				+ " WITH collect({index: i, from: row.from, to: row.to, froms: froms, tos: tos}) AS bad"
				+ " RETURN size(bad) AS total, bad[0..3] AS first";
		return new EndpointCheck(type, from, to, diagnosis);
	}

	/**
	 * The error for a chunk of {@code rows} rows starting at row {@code offset} in which
	 * {@code total} rows failed; {@code first} are rows of {@link #diagnosis()}'s
	 * {@code first}.
	 */
	public String describe(long offset, int rows, long total, List<Map<String, Object>> first) {
		String examples = first.stream()
			.map(row -> "row " + (offset + ((Number) row.get("index")).longValue()) + ": "
					+ Stream
						.of(problem(from, "from", row.get("from"), ((Number) row.get("froms")).longValue()),
								problem(to, "to", row.get("to"), ((Number) row.get("tos")).longValue()))
						.filter(Objects::nonNull)
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
		return String.format(Locale.ROOT,
				"Every row of createRelationships %s must match exactly one %s node by %s (\"from\")"
						+ " and one %s node by %s (\"to\"), but %,d of rows %,d to %,d did not: %s%s",
				CypherNames.display(type), CypherNames.display(from.label()), CypherNames.display(from.property()),
				CypherNames.display(to.label()), CypherNames.display(to.property()), total, offset, offset + rows - 1,
				examples, total > first.size() ? "; ..." : "");
	}

	/** What is wrong with one end of a row, or null when it matched exactly one node. */
	private static String problem(NodeMatch match, String end, Object value, long matched) {
		if (matched == 1) {
			return null;
		}
		String found = matched == 0 ? "no " + CypherNames.display(match.label()) + " node"
				: matched + " " + CypherNames.display(match.label()) + " nodes";
		return found + " with " + CypherNames.display(match.property()) + " = " + literal(value) + " (\"" + end + "\")";
	}

	private static String literal(Object value) {
		return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
	}
}
