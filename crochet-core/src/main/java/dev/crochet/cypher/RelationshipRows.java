package dev.crochet.cypher;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A view of {@code createRelationships} rows as {@code {from, to, props}} maps, computed
 * one row at a time as it is iterated: the input is never materialised, so a million rows
 * cost one row of memory.
 */
final class RelationshipRows implements Iterable<Map<String, Object>> {

	static final String FROM = "from";
	static final String TO = "to";

	private final String type;

	private final Iterable<? extends Map<String, ?>> rows;

	RelationshipRows(String type, Iterable<? extends Map<String, ?>> rows) {
		this.type = type;
		this.rows = rows;
	}

	@Override
	public Iterator<Map<String, Object>> iterator() {
		Iterator<? extends Map<String, ?>> source = rows.iterator();
		return new Iterator<>() {
			private long index;

			@Override
			public boolean hasNext() {
				return source.hasNext();
			}

			@Override
			public Map<String, Object> next() {
				return toParameters(source.next(), index++);
			}
		};
	}

	private Map<String, Object> toParameters(Map<String, ?> row, long index) {
		if (row == null) {
			throw invalid(index, "it is null");
		}
		Object from = row.get(FROM);
		Object to = row.get(TO);
		if (from == null) {
			throw invalid(index, "it has no \"from\" value");
		}
		if (to == null) {
			throw invalid(index, "it has no \"to\" value");
		}
		Map<String, Object> properties = new LinkedHashMap<>(row);
		properties.remove(FROM);
		properties.remove(TO);
		Map<String, Object> parameters = new HashMap<>(4);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("props", properties);
		return parameters;
	}

	private InvalidOperationException invalid(long index, String problem) {
		return new InvalidOperationException("Invalid row at index " + index + " for relationship type "
				+ CypherNames.display(type) + ": " + problem);
	}

}
