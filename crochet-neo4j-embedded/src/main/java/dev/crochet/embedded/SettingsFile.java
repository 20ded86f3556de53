package dev.crochet.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Neo4j settings that reach the server as a {@code neo4j.conf}-style file rather than
 * typed {@code Setting}s: those only Neo4j's internal classes declare (named here by
 * their stable keys, so no internal class is referred to), then the user's file named by
 * the system property {@value #PROPERTY}, for example
 * {@code db.query.default_language=CYPHER_25} on Neo4j 2025.x.
 */
final class SettingsFile {

	/**
	 * A {@code neo4j.conf}-style file with further settings for every embedded server of
	 * this JVM.
	 */
	static final String PROPERTY = "crochet.embedded.config";

	// Bolt's netty otherwise waits out a 2 s quiet period per event loop: ~10 s per
	// close.
	private static final String CROCHET_SETTINGS = "internal.dbms.bolt.netty_server_shutdown_quiet_period=0\n";

	private SettingsFile() {
	}

	/** A temporary file for one start; the caller deletes it once the server is built. */
	static Path write() throws IOException {
		StringBuilder settings = new StringBuilder(CROCHET_SETTINGS);
		String userFile = System.getProperty(PROPERTY, "").strip();
		if (!userFile.isEmpty()) {
			settings.append(Files.readString(Path.of(userFile))).append('\n');
		}
		Path file = Files.createTempFile("crochet-neo4j-", ".conf");
		return Files.writeString(file, settings);
	}

}
