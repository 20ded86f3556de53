package dev.crochet.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.neo4j.driver.SessionConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a test class's database lives on its server: the server's default database, or,
 * with {@link DatabasePerClass crochet.databasePerClass} on a server with several
 * databases (Neo4j Enterprise, reached as {@link Backend#EXTERNAL} or through an
 * Enterprise image with {@link Backend#TESTCONTAINERS}), a database of its own, so that
 * classes can run at the same time on one server instead of one after another.
 *
 * <pre>{@code
 * DatabaseRoute.of(true, Backend.EXTERNAL, () -> "enterprise", uri, "com.example.PersonIT").database()  // crochet-personit-1a2b3c4d
 * DatabaseRoute.of(false, Backend.EXTERNAL, () -> "enterprise", uri, "com.example.PersonIT").database() // empty: the default database
 * DatabaseRoute.of(true, Backend.EMBEDDED, () -> "community", uri, "com.example.PersonIT").database()   // empty: a pool of servers instead
 * }</pre>
 *
 * Only the decision and the name are here, kept free of any server so that they are
 * tested without one; {@link ClassDatabase} asks the server for its edition and creates
 * the database.
 *
 * @param database empty for the server's default database
 */
record DatabaseRoute(Optional<String> database) {

	/** Neo4j's limit on a database name's length. */
	static final int MAX_NAME = 63;

	private static final String PREFIX = "crochet-";

	/** The server's default database: what every class uses unless it opts in. */
	static final DatabaseRoute DEFAULT = new DatabaseRoute(Optional.empty());

	/**
	 * The route for {@code testClassName} on the server at {@code serverUri}, reached
	 * through {@code backend}.
	 * @param databasePerClass {@link DatabasePerClass#PARAMETER}
	 * @param edition {@code dbms.components()}'s {@code edition} ({@code community} or
	 * {@code enterprise}); asked only when the class opts in on a server it does not
	 * start in process
	 * @throws ExtensionConfigurationException when the class opts in on a Community
	 * server, which has one database
	 */
	static DatabaseRoute of(boolean databasePerClass, Backend backend, Supplier<String> edition, String serverUri,
			String testClassName) {
		// The embedded server is Community edition: its pool of servers already runs
		// classes at the same time.
		if (!databasePerClass || backend == Backend.EMBEDDED) {
			return DEFAULT;
		}
		String found = edition.get();
		if (!"enterprise".equalsIgnoreCase(found)) {
			throw new ExtensionConfigurationException(DatabasePerClass.PARAMETER
					+ "=true needs a Neo4j Enterprise server (one database per class); the server at "
					+ ReportEntries.withoutCredentials(serverUri) + " is " + found + " edition");
		}
		return new DatabaseRoute(Optional.of(nameFor(testClassName)));
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

	/**
	 * How a session opens on this route: what the {@code Session} and
	 * {@code SessionConfig} parameters get.
	 */
	SessionConfig sessionConfig() {
		return database.map(SessionConfig::forDatabase).orElseGet(SessionConfig::defaultConfig);
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
