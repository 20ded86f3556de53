package dev.crochet.engine;

import org.neo4j.driver.GraphDatabase;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of the lock tests: connects, prints {@code READY}, waits for a line on
 * stdin, then upgrades {@link SlowChain} and prints {@code RESULT <outcome>}.
 */
public final class UpgradeProcess {

	private UpgradeProcess() {
	}

	public static void main(String[] args) throws Exception {
		String uri = args[0];
		Path ledger = Path.of(args[1]);
		// Load the driver and the engine classes before the race starts.
		try (var driver = GraphDatabase.driver(uri)) {
			driver.verifyConnectivity();
		}
		System.out.println("READY");
		System.out.flush();
		new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		System.out.println("RESULT " + SlowChain.upgrade(uri, ledger).replace('\n', ' '));
		System.out.flush();
	}

}
