package dev.crochet.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a migration's text is checksummed, the same for Cypher files and Java sources: a
 * byte-order mark and the line endings of the machine that saved the file must not make
 * it look edited.
 */
final class TextDigest {

	private TextDigest() {
	}

	/** Without a leading byte-order mark, every line ending as {@code \n}. */
	static String normalize(String content) {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	/** The SHA-256 of the UTF-8 bytes, in lower-case hex. */
	static String sha256Hex(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform is required to provide SHA-256.
			throw new IllegalStateException(ex);
		}
	}

}
