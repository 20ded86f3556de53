package dev.crochet.engine;

import dev.crochet.ConnectionException;
import dev.crochet.Crochet;
import dev.crochet.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A wrong password and an unreachable server fail fast, and the password is never
 * repeated.
 */
class ConnectionIT {

	private static final String PASSWORD = "right-horse-battery";

	private static final String WRONG = "Wr0ng-Pa55word-Do-Not-Leak";

	private static EmbeddedNeo4j neo4j;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.startWithPassword(PASSWORD);
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	private Crochet crochet(String uri, String password) {
		return Crochet.configure()
			.uri(uri)
			.authentication("neo4j", password)
			.ledger(dir.resolve("ledger.db"))
			.migrations(List.of(step("0001_a", null, c -> c.addIndex("A", "b"), c -> c.dropIndex("A", "b"))))
			.load();
	}

	@Test
	void theRightPasswordWorks() {
		try (Crochet crochet = crochet(neo4j.boltUri().toString(), PASSWORD)) {
			assertThat(crochet.upgrade().revisions()).containsExactly("0001_a");
			crochet.downgrade(Crochet.BASE);
		}
	}

	@Test
	void aWrongPasswordFailsFastWithoutRepeatingThePassword() throws IOException {
		String uri = neo4j.boltUri().toString();
		long start = System.nanoTime();
		ConnectionException failure;
		try (Crochet crochet = crochet(uri, WRONG)) {
			failure = catchThrowableOfType(ConnectionException.class, crochet::upgrade);
			assertThat(crochet.ledger().applied()).isEmpty();
			assertThat(crochet.ledger().lockHolder()).as("the ledger lock was released").isEmpty();
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(failure).hasMessage("Neo4j at " + uri + " refused the credentials (authentication failed)");
		assertNoPasswordIn(failure);
	}

	@Test
	void anUnreachablePortFailsFast() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String uri = "bolt://127.0.0.1:" + port;
		long start = System.nanoTime();
		try (Crochet crochet = crochet(uri, WRONG)) {
			ConnectionException failure = catchThrowableOfType(ConnectionException.class, crochet::upgrade);
			assertThat(failure.getMessage()).startsWith("Neo4j at " + uri + " is unreachable: ");
			assertNoPasswordIn(failure);
			failure = catchThrowableOfType(ConnectionException.class, crochet::verifyConnectivity);
			assertThat(failure.getMessage()).startsWith("Neo4j at " + uri + " is unreachable: ");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void aServerThatAcceptsButNeverAnswersFailsWithinTheConnectTimeout() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			String uri = "bolt://127.0.0.1:" + silent.getLocalPort();
			long start = System.nanoTime();
			try (Crochet crochet = Crochet.configure()
				.uri(uri)
				.authentication("neo4j", WRONG)
				.ledger(dir.resolve("ledger.db"))
				.load()) {
				ConnectionException failure = catchThrowableOfType(ConnectionException.class,
						crochet::verifyConnectivity);
				assertThat(failure.getMessage()).startsWith("Neo4j at " + uri + " ");
				assertNoPasswordIn(failure);
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void anHttpServerInsteadOfBoltIsAConnectionError() throws Exception {
		try (ServerSocket http = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread answering = new Thread(() -> {
				while (!http.isClosed()) {
					try (Socket client = http.accept()) {
						client.getOutputStream()
							.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
						client.getOutputStream().flush();
						client.getInputStream().read(new byte[64]);
					}
					catch (IOException closed) {
						// The test is over.
					}
				}
			});
			answering.setDaemon(true);
			answering.start();
			String uri = "bolt://127.0.0.1:" + http.getLocalPort();
			try (Crochet crochet = crochet(uri, WRONG)) {
				ConnectionException failure = catchThrowableOfType(ConnectionException.class, crochet::upgrade);
				// The driver's own words depend on whether it reads the HTTP answer
				// before the socket closes
				// ("Server responded HTTP..." or "Connection to the database
				// terminated..."): ours name the URI.
				assertThat(failure.getMessage())
					.matches("Neo4j at \\Q" + uri + "\\E (cannot be used|is unreachable): .+");
				assertNoPasswordIn(failure);
			}
		}
	}

	private void assertNoPasswordIn(Throwable failure) throws IOException {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			assertThat(String.valueOf(t.getMessage())).doesNotContain(WRONG);
			assertThat(t.toString()).doesNotContain(WRONG);
			for (Throwable suppressed : t.getSuppressed()) {
				assertThat(suppressed.toString()).doesNotContain(WRONG);
			}
		}
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
					.doesNotContain(WRONG);
			}
		}
	}

}
