package dev.crochet.bench;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * Lazily generated input rows: each is built when the iterator reaches it, so a million
 * rows cost one chunk of memory, never a million-element list.
 *
 * <pre>{@code
 * for (Map<String, Object> row : Rows.nodes(1_000_000)) { ... }   // {id, name, score}
 * }</pre>
 */
final class Rows implements Iterable<Map<String, Object>> {

	/**
	 * Multiplier that scatters relationship targets; coprime with any power-of-ten count.
	 */
	private static final long SCATTER = 48_271;

	private final long count;

	private final LongFunction<Map<String, Object>> row;

	private Rows(long count, LongFunction<Map<String, Object>> row) {
		this.count = count;
		this.row = row;
	}

	/** {@code {id, name, score}} for ids {@code 0..count-1}. */
	static Rows nodes(long count) {
		return new Rows(count, i -> {
			Map<String, Object> row = new HashMap<>(4);
			row.put("id", i);
			row.put("name", "node-" + i);
			row.put("score", i % 1_000);
			return row;
		});
	}

	/**
	 * {@code {from, to, weight}} for {@code count} relationships between the nodes
	 * {@code 0..nodes-1}; targets are scattered so the matches do not just walk the store
	 * in order.
	 */
	static Rows relationships(long count, long nodes) {
		return new Rows(count, i -> {
			Map<String, Object> row = new HashMap<>(4);
			row.put("from", i % nodes);
			row.put("to", (i * SCATTER + 1) % nodes);
			row.put("weight", i % 10);
			return row;
		});
	}

	long count() {
		return count;
	}

	@Override
	public Iterator<Map<String, Object>> iterator() {
		return new Iterator<>() {
			private long next;

			@Override
			public boolean hasNext() {
				return next < count;
			}

			@Override
			public Map<String, Object> next() {
				if (next >= count) {
					throw new NoSuchElementException();
				}
				return row.apply(next++);
			}
		};
	}

}
