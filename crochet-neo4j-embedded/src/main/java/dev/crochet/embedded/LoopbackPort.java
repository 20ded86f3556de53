package dev.crochet.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A free port on {@code 127.0.0.1}, chosen before the server starts. Asking Neo4j for
 * port 0 and then for the port it bound needs its internal dependency resolver; choosing
 * first needs nothing but the JDK, at the price of a short race with other processes,
 * which a retry on {@link BindException} covers.
 */
final class LoopbackPort {

	/** How many ports to try before a bind failure is reported. */
	static final int ATTEMPTS = 5;

	private LoopbackPort() {
	}

	static int free() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Whether {@code failure} came from a port another process took between
	 * {@link #free()} and the bind: a {@link BindException} (Neo4j's own subclass on both
	 * lines) over a socket error, not over a bug.
	 */
	static boolean taken(Throwable failure) {
		boolean bind = false;
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			bind |= cause instanceof BindException;
			root = cause;
		}
		return bind && root instanceof IOException;
	}

}
