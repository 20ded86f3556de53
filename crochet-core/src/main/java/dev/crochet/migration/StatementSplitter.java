package dev.crochet.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script into statements on {@code ;}, ignoring semicolons inside single-
 * or double-quoted strings (backslash escapes), backtick identifiers (doubled backticks),
 * {@code //} line comments and block comments.
 *
 * <p>
 * Each statement is trimmed of the whitespace and comments before its first and after its
 * last token (comments between tokens stay); statements with no token are dropped; a last
 * statement without {@code ;} is kept.
 *
 * <pre>{@code
 * StatementSplitter.split("CREATE (:A {x: ';'});\n// done\nMATCH (n) RETURN n")
 * // -> ["CREATE (:A {x: ';'})", "MATCH (n) RETURN n"]
 * }</pre>
 *
 * Public for the JUnit extension's fixture scripts, which are split the same way as
 * Cypher-file migrations.
 */
public final class StatementSplitter {

	private StatementSplitter() {
	}

	/**
	 * Splits {@code script}.
	 * @throws IllegalArgumentException for an unterminated string, identifier or block
	 * comment
	 */
	public static List<String> split(String script) {
		return split(script, 1);
	}

	/**
	 * Splits {@code script} whose first line is line {@code firstLine} of its file, so
	 * that errors point at the right line.
	 * @throws IllegalArgumentException for an unterminated string, identifier or block
	 * comment
	 */
	static List<String> split(String script, int firstLine) {
		List<String> statements = new ArrayList<>();
		int line = firstLine;
		// Bounds of the tokens (not comments, not whitespace) of the statement being
		// read.
		int tokenStart = -1;
		int tokenEnd = -1;
		int i = 0;
		int n = script.length();
		while (i < n) {
			char c = script.charAt(i);
			char next = i + 1 < n ? script.charAt(i + 1) : '\0';
			if (c == '\n') {
				line++;
				i++;
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '/' && next == '/') {
				int end = script.indexOf('\n', i);
				i = end < 0 ? n : end;
			}
			else if (c == '/' && next == '*') {
				int end = script.indexOf("*/", i + 2);
				if (end < 0) {
					throw new IllegalArgumentException("unterminated block comment starting on line " + line);
				}
				line += countNewlines(script, i, end);
				i = end + 2;
			}
			else if (c == ';') {
				if (tokenStart >= 0) {
					statements.add(script.substring(tokenStart, tokenEnd));
				}
				tokenStart = -1;
				i++;
			}
			else {
				int end = switch (c) {
					case '\'', '"' -> endOfString(script, i, line);
					case '`' -> endOfIdentifier(script, i, line);
					default -> i + 1;
				};
				line += countNewlines(script, i, end);
				if (tokenStart < 0) {
					tokenStart = i;
				}
				tokenEnd = end;
				i = end;
			}
		}
		if (tokenStart >= 0) {
			statements.add(script.substring(tokenStart, tokenEnd));
		}
		return statements;
	}

	/** Index just past the closing quote of the string opened at {@code start}. */
	private static int endOfString(String script, int start, int line) {
		char quote = script.charAt(start);
		int i = start + 1;
		while (i < script.length()) {
			char c = script.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				return i + 1;
			}
			else {
				i++;
			}
		}
		String kind = quote == '\'' ? "single-quoted" : "double-quoted";
		throw new IllegalArgumentException("unterminated " + kind + " string starting on line " + line);
	}

	/** Index just past the closing backtick of the identifier opened at {@code start}. */
	private static int endOfIdentifier(String script, int start, int line) {
		int i = start + 1;
		while (i < script.length()) {
			if (script.charAt(i) == '`') {
				// A doubled backtick is an escaped backtick inside the identifier.
				if (i + 1 < script.length() && script.charAt(i + 1) == '`') {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		throw new IllegalArgumentException("unterminated backtick identifier starting on line " + line);
	}

	private static int countNewlines(String script, int from, int to) {
		int count = 0;
		for (int i = from; i < to && i < script.length(); i++) {
			if (script.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}

}
