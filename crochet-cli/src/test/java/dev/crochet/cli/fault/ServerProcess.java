package dev.crochet.cli.fault;

import dev.crochet.embedded.EmbeddedNeo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Neo4j server in a process of its own, on a store folder, for a trial that kills the
 * server rather than the CLI: {@code main} starts the embedded server and prints
 * {@code bolt <uri>}, then waits to be killed. The test's own class path runs it.
 */
final class ServerProcess implements AutoCloseable {

	private static final String READY = "bolt ";

	private final Process process;

	private final String uri;

	private ServerProcess(Process process, String uri) {
		this.process = process;
		this.uri = uri;
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]));
		System.out.println(READY + neo4j.boltUri());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

	/** Starts a server on {@code store} and waits until it answers on bolt. */
	static ServerProcess start(Path store) throws IOException {
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), ServerProcess.class.getName(), store.toString()))
			.redirectErrorStream(true)
			.start();
		BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.startsWith(READY)) {
				// Keep draining its output, so a chatty server never blocks on a full
				// pipe.
				Thread drain = new Thread(() -> lines.lines().forEach(l -> {
				}), "server-output");
				drain.setDaemon(true);
				drain.start();
				return new ServerProcess(process, line.substring(READY.length()).strip());
			}
		}
		throw new IllegalStateException(
				"The server process ended before it was ready (exit " + process.exitValue() + ")");
	}

	String uri() {
		return uri;
	}

	/** SIGKILL, as a crashed machine or an OOM kill ends a server. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the server process survived SIGKILL for 60 s");
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

}
