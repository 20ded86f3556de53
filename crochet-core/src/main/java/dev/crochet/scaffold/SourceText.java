package dev.crochet.scaffold;

import dev.crochet.javasource.JavaSource;

/**
 * Text that goes into generated source: literals and comments that cannot break out of
 * their place.
 */
final class SourceText {

	private SourceText() {
	}

	/** A Java string literal; everything outside printable ASCII as a unicode escape. */
	static String javaString(String value) {
		return JavaSource.string(value);
	}

	/**
	 * One line of a {@code //} comment. Line breaks and control characters become spaces,
	 * and a backslash is doubled: javac reads unicode escapes even inside comments, so a
	 * name holding {@code \}{@code u000a} could otherwise end the comment and inject
	 * code.
	 */
	static String commentLine(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				out.append("\\\\");
			}
			else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
