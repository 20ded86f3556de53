package dev.crochet.roundtrip;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A fixed-size summary of a set of entity hashes from which the hashes that two sets do
 * not share can be recovered, as long as there are not too many of them (an invertible
 * Bloom lookup table). A fingerprint keeps one, so that when two states differ in content
 * the round trip can find the entities that are new in the current graph and show a few
 * of them, without ever holding the graph: its size is the same for ten entities or ten
 * million.
 *
 * <p>
 * Each hash is added to one cell in each of three sub-tables; a cell keeps a count, the
 * XOR of its hashes and the XOR of a check value of each. Subtracting two sketches
 * cancels what both hold; a cell left with a count of plus or minus one whose check
 * matches holds exactly one differing hash, which is peeled off, freeing others. About
 * {@value #CELLS_PER_TABLE} differences (in all) can be recovered; beyond that
 * {@link #newIn(EntitySketch)} returns what it could.
 */
public final class EntitySketch {

	/**
	 * Cells per sub-table; three sub-tables, so 3 x this many cells of three longs each.
	 */
	static final int CELLS_PER_TABLE = 64;

	private static final int TABLES = 3;

	private final int[] counts;

	private final long[] keys;

	private final long[] checks;

	private EntitySketch(int[] counts, long[] keys, long[] checks) {
		this.counts = counts;
		this.keys = keys;
		this.checks = checks;
	}

	/** A sketch with nothing in it. */
	public static Builder builder() {
		return new Builder();
	}

	/** An empty sketch: a fingerprint taken without one. */
	public static EntitySketch empty() {
		return builder().build();
	}

	/**
	 * The hashes held by this sketch and not by {@code earlier}: those of entities that
	 * are new, or whose content changed, since. Incomplete when too many differ.
	 */
	public Set<Long> newIn(EntitySketch earlier) {
		int[] c = counts.clone();
		long[] k = keys.clone();
		long[] h = checks.clone();
		for (int i = 0; i < c.length; i++) {
			c[i] -= earlier.counts[i];
			k[i] ^= earlier.keys[i];
			h[i] ^= earlier.checks[i];
		}
		Set<Long> added = new HashSet<>();
		boolean peeled = true;
		while (peeled) {
			peeled = false;
			for (int i = 0; i < c.length; i++) {
				if ((c[i] == 1 || c[i] == -1) && h[i] == check(k[i])) {
					long key = k[i];
					int sign = c[i];
					if (sign == 1) {
						added.add(key);
					}
					for (int t = 0; t < TABLES; t++) {
						int cell = cell(t, key);
						c[cell] -= sign;
						k[cell] ^= key;
						h[cell] ^= check(key);
					}
					peeled = true;
				}
			}
		}
		return added;
	}

	private static int cell(int table, long key) {
		long mixed = (key ^ (0x9e3779b97f4a7c15L * (table + 1))) * 0xff51afd7ed558ccdL;
		mixed ^= mixed >>> 33;
		return table * CELLS_PER_TABLE + (int) Long.remainderUnsigned(mixed, CELLS_PER_TABLE);
	}

	private static long check(long key) {
		long mixed = key * 0xc4ceb9fe1a85ec53L;
		return mixed ^ (mixed >>> 29);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof EntitySketch s && Arrays.equals(counts, s.counts) && Arrays.equals(keys, s.keys)
				&& Arrays.equals(checks, s.checks);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(keys);
	}

	/** Collects hashes while a fingerprint is taken; not thread-safe. */
	public static final class Builder {

		private final int[] counts = new int[TABLES * CELLS_PER_TABLE];

		private final long[] keys = new long[TABLES * CELLS_PER_TABLE];

		private final long[] checks = new long[TABLES * CELLS_PER_TABLE];

		private Builder() {
		}

		public Builder add(long key) {
			for (int t = 0; t < TABLES; t++) {
				int cell = cell(t, key);
				counts[cell]++;
				keys[cell] ^= key;
				checks[cell] ^= check(key);
			}
			return this;
		}

		public EntitySketch build() {
			return new EntitySketch(counts.clone(), keys.clone(), checks.clone());
		}

	}

}
