package dev.crochet.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .cypher} migration file: a header of {@code // key: value} lines, then
 * an {@code // --- upgrade} section and an optional {@code // --- downgrade} section.
 *
 * <pre>
 * // revision: 0002_add_movie_index
 * // parent: 0001_init
 * // rollback-safe: true
 * // --- upgrade
 * CREATE INDEX movie_title IF NOT EXISTS FOR (m:Movie) ON (m.title);
 * // --- downgrade
 * DROP INDEX movie_title IF EXISTS;
 * </pre>
 *
 * Before the first section only blank lines and {@code //} comments may appear; a comment
 * of the form {@code // word: value} is a header and must use a known key. Section
 * markers are matched on whole lines, so a marker-like line inside a multi-line string
 * would still start a section.
 */
final class CypherMigrationParser {

	static final String REVISION = "revision";

	static final String PARENT = "parent";

	static final String SCHEMA_HASH = "schema-hash";

	static final String ROLLBACK_SAFE = "rollback-safe";

	static final String DESCRIPTION = "description";

	private static final Set<String> KEYS = Set.of(REVISION, PARENT, SCHEMA_HASH, ROLLBACK_SAFE, DESCRIPTION);

	private static final Pattern SECTION = Pattern.compile("//\\s*---\\s*([A-Za-z]+)\\s*(?:---)?\\s*");

	private static final Pattern HEADER = Pattern.compile("//\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)");

	private static final String UPGRADE = "upgrade";

	private static final String DOWNGRADE = "downgrade";

	private CypherMigrationParser() {
	}

	/**
	 * Parses {@code content}; the checksum is the SHA-256 hex of the content with line
	 * endings normalized to {@code \n} and a leading byte-order mark removed, so that a
	 * CRLF checkout or an editor's BOM does not change it.
	 */
	static ResolvedMigration parse(String location, String content) {
		String text = TextDigest.normalize(content);
		String checksum = TextDigest.sha256Hex(text);
		String[] lines = text.split("\n", -1);

		Map<String, String> header = new LinkedHashMap<>();
		Map<String, Section> sections = new LinkedHashMap<>();
		Section current = null;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String trimmed = line.strip();
			Matcher section = SECTION.matcher(trimmed);
			if (section.matches()) {
				String name = section.group(1).toLowerCase(Locale.ROOT);
				if (!name.equals(UPGRADE) && !name.equals(DOWNGRADE)) {
					throw error(location, "has an unknown section '" + trimmed
							+ "' (expected '// --- upgrade' or '// --- downgrade')");
				}
				if (sections.containsKey(name)) {
					throw error(location, "has more than one '// --- " + name + "' section");
				}
				current = new Section(i + 2);
				sections.put(name, current);
			}
			else if (current != null) {
				current.lines.add(line);
			}
			else if (trimmed.startsWith("//")) {
				readHeader(location, trimmed, header);
			}
			else if (!trimmed.isEmpty()) {
				throw error(location, "has Cypher on line " + (i + 1) + " before its '// --- upgrade' section");
			}
		}

		String revision = header.get(REVISION);
		if (revision == null) {
			throw error(location, "has no '// revision:' header");
		}
		if (revision.isEmpty()) {
			throw error(location, "has an empty '// revision:' header");
		}
		Section upgrade = sections.get(UPGRADE);
		if (upgrade == null) {
			throw error(location, "has no '// --- upgrade' section");
		}
		List<String> upgradeStatements = upgrade.statements(location, UPGRADE);
		Section downgrade = sections.get(DOWNGRADE);
		List<String> downgradeStatements = downgrade == null ? List.of() : downgrade.statements(location, DOWNGRADE);

		boolean rollbackSafe = !downgradeStatements.isEmpty();
		String declared = header.get(ROLLBACK_SAFE);
		if (declared != null) {
			if (declared.equalsIgnoreCase("true")) {
				rollbackSafe = true;
			}
			else if (declared.equalsIgnoreCase("false")) {
				rollbackSafe = false;
			}
			else {
				throw error(location, "has rollback-safe '" + declared + "' (expected true or false)");
			}
			if (rollbackSafe && downgradeStatements.isEmpty()) {
				throw error(location, "declares rollback-safe: true but has no downgrade statements");
			}
		}

		return new ResolvedMigration(revision, emptyToNull(header.get(PARENT)), header.getOrDefault(DESCRIPTION, ""),
				emptyToNull(header.get(SCHEMA_HASH)), rollbackSafe, checksum, MigrationKind.CYPHER, location,
				new CypherMigration(location, upgradeStatements, downgradeStatements));
	}

	private static void readHeader(String location, String comment, Map<String, String> header) {
		Matcher matcher = HEADER.matcher(comment);
		if (!matcher.matches()) {
			// A free-form comment (no "key:") is allowed in the header.
			return;
		}
		String key = matcher.group(1).toLowerCase(Locale.ROOT);
		if (!KEYS.contains(key)) {
			throw error(location, "has an unknown header key '" + matcher.group(1)
					+ "' (known: revision, parent, schema-hash, rollback-safe, description)");
		}
		if (header.putIfAbsent(key, matcher.group(2).strip()) != null) {
			throw error(location, "has more than one '// " + key + ":' header");
		}
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static MigrationException error(String location, String problem) {
		return new MigrationException("Cypher migration '" + location + "' " + problem);
	}

	/** The lines of one section and the file line its first line sits on. */
	private static final class Section {

		private final int firstLine;

		private final List<String> lines = new ArrayList<>();

		Section(int firstLine) {
			this.firstLine = firstLine;
		}

		List<String> statements(String location, String name) {
			try {
				return StatementSplitter.split(String.join("\n", lines), firstLine);
			}
			catch (IllegalArgumentException ex) {
				throw new MigrationException(
						"Cypher migration '" + location + "' " + name + " section: " + ex.getMessage(), ex);
			}
		}

	}

}
