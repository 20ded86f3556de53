package dev.crochet.engine;

import org.neo4j.driver.GraphDatabase;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of the lock tests: connects, prints {@code READY}, waits for a line on
 * stdin, then upgrades {@link SlowChain} and prints {@code RESULT <outcome>}. Its
 * arguments are the URI and the ledger file, or {@value #GRAPH} for the graph ledger.
 */
public final class UpgradeProcess {

	/** The ledger argument that keeps the history in the graph. */
	static final String GRAPH = "graph";

	private UpgradeProcess() {
	}

	public static void main(String[] args) throws Exception {
		String uri = args[0];
		String ledger = args[1];
		// Load the driver and the engine classes before the race starts.
		try (var driver = GraphDatabase.driver(uri)) {
			driver.verifyConnectivity();
		}
		System.out.println("READY");
		System.out.flush();
		new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		String outcome = ledger.equals(GRAPH) ? SlowChain.upgradeWithGraphLedger(uri)
				: SlowChain.upgrade(uri, Path.of(ledger));
		System.out.println("RESULT " + outcome.replace('\n', ' '));
		System.out.flush();
	}

}
