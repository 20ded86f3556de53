package dev.crochet.ir;

/** Canonical JSON of a snapshot and its SHA-256 (Jackson, keys sorted). */
final class CanonicalJson {

	private CanonicalJson() {
	}

	static String write(SchemaSnapshot snapshot) {
		throw new UnsupportedOperationException("not implemented");
	}

	static SchemaSnapshot read(String json) {
		throw new UnsupportedOperationException("not implemented");
	}

	static String sha256(String text) {
		throw new UnsupportedOperationException("not implemented");
	}
}
