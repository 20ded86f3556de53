package dev.crochet.junit;

import dev.crochet.embedded.EmbeddedNeo4j;

/**
 * The only class that touches crochet-neo4j-embedded, so the extension loads without it.
 */
final class EmbeddedServer implements AutoCloseable {

	private final EmbeddedNeo4j neo4j;

	private EmbeddedServer(EmbeddedNeo4j neo4j) {
		this.neo4j = neo4j;
	}

	static EmbeddedServer start() {
		return new EmbeddedServer(EmbeddedNeo4j.start());
	}

	String boltUri() {
		return neo4j.boltUri().toString();
	}

	@Override
	public void close() {
		neo4j.close();
	}

}
