package dev.crochet.junit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a test class's database lives on its server: the server's default database, or,
 * on a server with several databases (Neo4j Enterprise, reached as
 * {@link Backend#EXTERNAL} or through an Enterprise image with
 * {@link Backend#TESTCONTAINERS}), a database of its own, so that classes can run at the
 * same time on one server instead of on a pool of servers.
 *
 * <pre>{@code
 * DatabaseRoute.of(Backend.EXTERNAL, "enterprise", "com.example.PersonIT").database()  // crochet-personit-1a2b3c4d
 * DatabaseRoute.of(Backend.EMBEDDED, "community", "com.example.PersonIT").database()   // empty: the default database
 * }</pre>
 *
 * Only the decision and the name are here, kept free of any server so that they are
 * tested without one; the extension does not route classes to their own databases yet
 * (see issue 18's follow-up).
 *
 * @param database empty for the server's default database
 */
record DatabaseRoute(Optional<String> database) {

	/** Neo4j's limit on a database name's length. */
	static final int MAX_NAME = 63;

	private static final String PREFIX = "crochet-";

	/**
	 * The route for {@code testClassName} on a server of {@code edition}
	 * ({@code dbms.components()}'s {@code edition}: {@code community} or
	 * {@code enterprise}), reached through {@code backend}.
	 */
	static DatabaseRoute of(Backend backend, String edition, String testClassName) {
		boolean severalDatabases = backend != Backend.EMBEDDED && "enterprise".equalsIgnoreCase(edition);
		return new DatabaseRoute(severalDatabases ? Optional.of(nameFor(testClassName)) : Optional.empty());
	}

	/**
	 * A valid Neo4j database name, the same for a class in every run: {@code crochet-},
	 * the class's simple name in lower case letters and digits, {@code -} and eight hex
	 * digits of its full name's SHA-256, so that two classes with one simple name in
	 * different packages get different databases.
	 */
	static String nameFor(String testClassName) {
		String simple = testClassName.substring(testClassName.lastIndexOf('.') + 1)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]", "");
		String hash = "-" + sha256(testClassName).substring(0, 8);
		int room = MAX_NAME - PREFIX.length() - hash.length();
		return PREFIX + simple.substring(0, Math.min(room, simple.length())) + hash;
	}

	/**
	 * Whether the class shares the server's default database (and so must hold the
	 * server's lock).
	 */
	boolean sharesTheDefaultDatabase() {
		return database.isEmpty();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}
}
