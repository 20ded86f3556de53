package dev.crochet.engine;

import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content hashes of a fingerprint: a node by its labels and user properties, a
 * relationship by its type and user properties and, mixed in, the hashes of its two end
 * nodes. FNV-1a over the characters of a canonical text (labels and keys sorted), fed
 * straight from the driver's values so that a pass over a million relationships (three
 * property maps each) builds no text; only hashes taken in one run of Crochet are ever
 * compared, so the exact function may change between versions.
 */
final class ContentHash {

	private static final long OFFSET = 0xcbf29ce484222325L;

	private static final long PRIME = 0x100000001b3L;

	private ContentHash() {
	}

	/** A node's content: its labels, sorted, and its user properties. */
	static long node(List<String> labels, Value properties) {
		long h = fnv(OFFSET, 'N');
		List<String> sorted = labels.size() < 2 ? labels : sorted(labels);
		for (String label : sorted) {
			h = fnv(fnv(h, label), ':');
		}
		return properties(h, properties);
	}

	/** A relationship's own content: its type and user properties. */
	static long relationship(String type, Value properties) {
		return properties(fnv(fnv(OFFSET, 'R'), type), properties);
	}

	/**
	 * A relationship's own content mixed with the content of its ends, so that swapping
	 * the ends or moving one relationship's end onto another's gives a different sum over
	 * the graph.
	 */
	static long withEnds(long own, long from, long to) {
		long h = own;
		h = (h ^ from) * 0x9e3779b97f4a7c15L;
		h = Long.rotateLeft(h, 29);
		h = (h ^ to) * 0xbf58476d1ce4e5b9L;
		return h ^ (h >>> 31);
	}

	private static long properties(long h, Value properties) {
		List<String> keys = new ArrayList<>(properties.size());
		for (String key : properties.keys()) {
			if (!Internal.isInternalProperty(key)) {
				keys.add(key);
			}
		}
		Collections.sort(keys);
		for (String key : keys) {
			Value value = properties.get(key);
			// The type is part of the text: the string "1" and the integer 1 differ.
			h = fnv(fnv(fnv(fnv(h, '|'), key), '='), value.type().name());
			h = fnv(fnv(h, ':'), value.toString());
		}
		return h;
	}

	private static List<String> sorted(List<String> labels) {
		List<String> copy = new ArrayList<>(labels);
		Collections.sort(copy);
		return copy;
	}

	private static long fnv(long h, String text) {
		for (int i = 0; i < text.length(); i++) {
			h = fnv(h, text.charAt(i));
		}
		return h;
	}

	private static long fnv(long h, char c) {
		return (h ^ c) * PRIME;
	}

}
