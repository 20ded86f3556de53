package dev.crochet.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables and keys {@code crochet.toml} may hold. Anything else is refused, naming the
 * closest known key: a mistyped key used to be ignored, so its setting silently kept its
 * default ({@code modles_path} left the models looked for in {@code models/}).
 */
final class ConfigKeys {

	/** Every table and its keys, in the order docs/cli.md lists them. */
	static final Map<String, List<String>> TABLES = tables();

	private ConfigKeys() {
	}

	private static Map<String, List<String>> tables() {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		tables.put("project",
				List.of("name", "models_path", "migrations_path", "java_migrations_path", "migrations_package",
						"cypher_migrations_path", "snapshots_path", "classpath", "model_packages",
						"migration_packages"));
		tables.put("neo4j", List.of("uri", "username", "database"));
		tables.put("ledger", List.of("store", "path"));
		tables.put("schema", List.of("ignore"));
		return Collections.unmodifiableMap(tables);
	}

	/**
	 * Refuses the first table or key of {@code config} that Crochet does not know, with
	 * exit 2.
	 */
	static void refuseUnknown(JsonNode config) {
		for (Map.Entry<String, JsonNode> entry : config.properties()) {
			String name = entry.getKey();
			List<String> keys = TABLES.get(name);
			if (keys == null) {
				throw refusal(entry.getValue().isObject() ? unknownTable(name) : keyOutsideTables(name));
			}
			for (Map.Entry<String, JsonNode> key : entry.getValue().properties()) {
				if (!keys.contains(key.getKey())) {
					throw refusal(unknownKey(name, key.getKey()));
				}
			}
		}
	}

	private static String unknownTable(String table) {
		List<String> tables = TABLES.keySet().stream().toList();
		return "unknown table [" + table + "]" + closest(table, tables).map(t -> " (did you mean [" + t + "]?)")
			.orElse(" (known tables: " + String.join(", ", tables.stream().map(t -> "[" + t + "]").toList()) + ")");
	}

	private static String keyOutsideTables(String key) {
		return "unknown key '" + key + "' outside any table"
				+ tableOf(key).map(t -> " (it belongs in [" + t + "])")
					.orElse(" (keys go in a table: "
							+ String.join(", ", TABLES.keySet().stream().map(t -> "[" + t + "]").toList()) + ")");
	}

	private static String unknownKey(String table, String key) {
		List<String> keys = TABLES.get(table);
		Optional<String> suggestion = closest(key, keys).map(k -> " (did you mean '" + k + "'?)")
			.or(() -> tableOf(key).map(t -> " (it belongs in [" + t + "])"));
		return "unknown key '" + key + "' in [" + table + "]"
				+ suggestion.orElse(" (known keys: " + String.join(", ", keys) + ")");
	}

	private static CliException refusal(String what) {
		return new CliException(ExitCode.USAGE, Project.CONFIG_FILE + ": " + what);
	}

	/** The table that has {@code key}, if one does. */
	private static Optional<String> tableOf(String key) {
		return TABLES.entrySet().stream().filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey).findFirst();
	}

	/**
	 * The known name nearest to {@code typed}, if it is near enough to be what was meant:
	 * at most a third of its length apart (one edit for short names such as {@code uri}),
	 * ignoring case.
	 */
	static Optional<String> closest(String typed, List<String> known) {
		String lower = typed.toLowerCase(Locale.ROOT);
		return known.stream()
			.filter(k -> distance(lower, k) <= Math.max(1, k.length() / 3))
			.min(Comparator.comparingInt(k -> distance(lower, k)));
	}

	/**
	 * Edits between two names: insertions, deletions, substitutions, and swaps of two
	 * neighbouring characters ({@code modles} is one edit from {@code models}).
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
