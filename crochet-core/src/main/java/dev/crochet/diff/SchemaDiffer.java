package dev.crochet.diff;

import dev.crochet.ir.SchemaSnapshot;

final class SchemaDiffer {

	private SchemaDiffer() {
	}

	static SchemaDiff diff(SchemaSnapshot from, SchemaSnapshot to) {
		throw new UnsupportedOperationException("not implemented");
	}
}
