package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.ledger.LedgerEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed between two revisions of a schema chain, as a real process: whether the
 * store wrote each revision's record as it went (the ledger file) or held the records of
 * schema steps back until the call ended (the graph ledger), the next run restores
 * exactly what an uninterrupted run produces, and {@code verify} certifies nothing in
 * between.
 */
@Tag("both-ledgers")
class KilledCallIT extends EngineTestBase {

	private static final List<String> ALL = CallProcess.CHAIN.stream().map(m -> m.id()).toList();

	@Test
	void anUpgradeKilledAfterItsThirdRevisionIsFinishedByTheNextUpgrade() throws Exception {
		killChild("upgrade", "revision-recorded:3");
		Crochet crochet = crochet(CallProcess.CHAIN);
		assertThat(crochet.verify().ok()).isFalse();

		crochet.upgrade();

		assertHead(crochet, ALL, 5);
	}

	@Test
	void aDowngradeKilledAfterItsThirdRevisionIsFinishedBeforeTheNextUpgrade() throws Exception {
		crochet(CallProcess.CHAIN).upgrade();
		killChild("downgrade", "revision-recorded:3");
		Crochet crochet = crochet(CallProcess.CHAIN);
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isFalse();

		// An upgrade, not the downgrade again: the dangerous case when records of
		// reverted revisions were held back and lost.
		crochet.upgrade();

		assertHead(crochet, ALL, 5);
		List<String> reverted = crochet.ledger()
			.events()
			.stream()
			.filter(e -> e.kind().equals("DOWNGRADE"))
			.map(LedgerEvent::revision)
			.toList();
		if (GRAPH_LEDGER) {
			// The graph ledger held the three records back and lost them: the next run
			// finished the whole call, as the uninterrupted downgrade would have run it.
			assertThat(reverted).containsExactly("0005_label_5", "0004_label_4", "0003_label_3", "0002_label_2",
					"0001_label_1");
		}
		else {
			// The ledger file recorded each revision as it went: three were reverted.
			assertThat(reverted).containsExactly("0005_label_5", "0004_label_4", "0003_label_3");
		}
	}

	@Test
	void aDowngradeKilledHalfWayIsFinishedByTheNextDowngrade() throws Exception {
		crochet(CallProcess.CHAIN).upgrade();
		killChild("downgrade", "revision-recorded:2");
		Crochet crochet = crochet(CallProcess.CHAIN);

		crochet.downgrade(Crochet.BASE);

		assertThat(crochet.ledger().applied()).isEmpty();
		assertThat(crochet.liveSchema().elements()).isEmpty();
		assertThat(crochet.verify().problems()).noneMatch(p -> p.contains("died"));
	}

	private void assertHead(Crochet crochet, List<String> applied, int constraints) {
		assertThat(crochet.ledger().applied()).extracting(a -> a.revision()).containsExactlyElementsOf(applied);
		assertThat(crochet.liveSchema().elements()).hasSize(constraints);
		assertThat(crochet.ledger().events().stream().filter(e -> e.kind().equals("UPGRADE")))
			.extracting(LedgerEvent::revision)
			.containsSubsequence(applied);
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
		assertThat(crochet.ledger().unfinishedCall()).isEmpty();
	}

	/**
	 * Runs {@code command} in a child JVM with {@code point} armed, and kills it
	 * (SIGKILL) once it blocks there.
	 */
	private void killChild(String command, String point) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String store = GRAPH_LEDGER ? "graph" : "file:" + ledgerFile();
		Process child = new ProcessBuilder(java, "-Dcrochet.fault-point=" + point, "-cp",
				System.getProperty("java.class.path"), CallProcess.class.getName(), uri(), store, command)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try (BufferedReader err = new BufferedReader(
				new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = err.readLine()) != null && !line.startsWith("crochet-fault-point-blocked")) {
				// the points reached before
			}
			assertThat(line).as("the child reached " + point).isNotNull();
		}
		finally {
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
	}

}
