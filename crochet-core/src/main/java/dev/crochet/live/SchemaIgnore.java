package dev.crochet.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Name patterns of constraints and indexes owned by something else (a plugin's indexes,
 * say), which drift checks list as ignored instead of reporting as drift. A pattern is a
 * glob on the name: {@code *} matches any run of characters, {@code ?} one character,
 * everything else itself (case-sensitive, as Neo4j's names are). The list is meant to
 * stay narrow, so a blank pattern, or one without a literal character (only wildcards,
 * such as {@code *}, would match almost any name), is refused.
 *
 * <pre>{@code
 * SchemaIgnore ignore = SchemaIgnore.of(List.of("bloom_*"));
 * ignore.match(element); // Optional[bloom_*] when element is named bloom_title
 * }</pre>
 *
 * @param patterns the globs, as given
 */
public record SchemaIgnore(List<String> patterns) {

	/** Ignores nothing. */
	public static final SchemaIgnore NONE = new SchemaIgnore(List.of());

	/**
	 * @throws IllegalArgumentException naming a blank pattern, or one that would match
	 * any name
	 */
	public SchemaIgnore {
		patterns.forEach(SchemaIgnore::check);
		patterns = List.copyOf(patterns);
	}

	public static SchemaIgnore of(List<String> patterns) {
		return new SchemaIgnore(patterns);
	}

	public boolean isEmpty() {
		return patterns.isEmpty();
	}

	/** This list and {@code more}, without repeats. */
	public SchemaIgnore and(List<String> more) {
		List<String> all = new ArrayList<>(patterns);
		more.stream().filter(p -> !all.contains(p)).forEach(all::add);
		return new SchemaIgnore(all);
	}

	/**
	 * The first pattern matching the element's name; empty for a declared (unnamed)
	 * element.
	 */
	public Optional<String> match(SchemaElement element) {
		if (element.name() == null) {
			return Optional.empty();
		}
		return patterns.stream().filter(p -> regex(p).matcher(element.name()).matches()).findFirst();
	}

	private static void check(String pattern) {
		if (pattern == null || pattern.isBlank()) {
			throw new IllegalArgumentException("Schema ignore pattern '" + (pattern == null ? "" : pattern)
					+ "' is blank: name the schema more narrowly, for example 'bloom_*'");
		}
		if (pattern.chars().allMatch(c -> c == '*' || c == '?')) {
			throw new IllegalArgumentException("Schema ignore pattern '" + pattern
					+ "' is only wildcards: name the schema more narrowly, for example 'bloom_*'");
		}
	}

	private static Pattern regex(String glob) {
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (char c : glob.toCharArray()) {
			if (c == '*' || c == '?') {
				if (!literal.isEmpty()) {
					regex.append(Pattern.quote(literal.toString()));
					literal.setLength(0);
				}
				regex.append(c == '*' ? ".*" : ".");
			}
			else {
				literal.append(c);
			}
		}
		if (!literal.isEmpty()) {
			regex.append(Pattern.quote(literal.toString()));
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}
}
