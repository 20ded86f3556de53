package dev.crochet.junit.samples;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What sample classes saw, for the kit tests to assert on after the run. */
public final class Recorder {

	private static final Map<String, List<Object>> SEEN = new ConcurrentHashMap<>();

	private Recorder() {
	}

	public static void record(String key, Object value) {
		SEEN.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(value);
	}

	public static List<Object> seen(String key) {
		return SEEN.getOrDefault(key, List.of());
	}

	public static void clear() {
		SEEN.clear();
	}

}
