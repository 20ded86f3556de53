package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two upgrades at once — two threads, two JVMs, and two JVMs with different ledgers —
 * never both apply a revision.
 */
class LockIT extends EngineTestBase {

	private static final List<String> ALL = List.of("0001_items", "0002_slow_load", "0003_marker");

	@Test
	void twoThreadsOnOneLedgerApplyEachRevisionOnce() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<String>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			runs.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return SlowChain.upgrade(uri(), ledgerFile());
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (CompletableFuture<String> run : runs) {
			outcomes.add(run.get(60, TimeUnit.SECONDS));
		}

		assertThat(outcomes).as(outcomes.toString()).containsOnlyOnce("APPLIED 3");
		String loser = outcomes.get(outcomes.get(0).equals("APPLIED 3") ? 1 : 0);
		assertThat(loser).matches("(LockedException: The ledger .* is locked by .*|APPLIED 0)");
		assertAppliedOnce(ledgerFile());
	}

	@Test
	void twoJvmsOnOneLedgerApplyEachRevisionOnce() throws Exception {
		String[] outcomes = raceWithChild(ledgerFile(), ledgerFile());

		assertThat(outcomes).as(String.join(" / ", outcomes)).containsOnlyOnce("APPLIED 3");
		String loser = outcomes[0].equals("APPLIED 3") ? outcomes[1] : outcomes[0];
		assertThat(loser).matches("(LockedException: The ledger .* is locked by .*|APPLIED 0)");
		assertAppliedOnce(ledgerFile());
	}

	@Test
	void twoJvmsWithDifferentLedgersOnOneGraphApplyEachRevisionOnce() throws Exception {
		Path parentLedger = dir.resolve("parent.db");
		Path childLedger = dir.resolve("child.db");
		String[] outcomes = raceWithChild(parentLedger, childLedger);

		assertThat(outcomes).as(String.join(" / ", outcomes)).containsOnlyOnce("APPLIED 3");
		boolean parentWon = outcomes[0].equals("APPLIED 3");
		String loser = parentWon ? outcomes[1] : outcomes[0];
		assertThat(loser).matches("(LockedException: The graph is locked by .*; another migration run is in progress"
				+ " \\(if it died, run 'crochet unlock'\\)|ValidationException: The ledger .* records head none but the graph"
				+ " records head 0003_marker; they belong to different histories \\(wrong ledger file or database\\?\\)\\."
				+ " Nothing was run\\.|ValidationException: The ledger .* is missing, but the graph at .* was migrated to"
				+ " 0003_marker: its history is not here\\. .*)");
		assertAppliedOnce(parentWon ? parentLedger : childLedger);
		try (Crochet other = Crochet.configure().uri(uri()).ledger(parentWon ? childLedger : parentLedger).load()) {
			assertThat(other.ledger().applied()).isEmpty();
		}
	}

	@Test
	void threeInstancesOfAnApplicationOnTheGraphLedgerApplyEachRevisionOnce() throws Exception {
		List<String> outcomes = raceChildrenOnTheGraphLedger(3);

		assertThat(outcomes).as(String.join(" / ", outcomes)).containsOnlyOnce("APPLIED 3");
		assertThat(outcomes).filteredOn(o -> !o.equals("APPLIED 3"))
			.as(String.join(" / ", outcomes))
			.hasSize(2)
			.allMatch(o -> o.equals("APPLIED 0") || o.matches("LockedException: The graph ledger of the default"
					+ " database at \\S+ is locked by \\d+@\\S+ since \\S+; wait for that run to finish, or run"
					+ " 'crochet unlock' if it died"));
		try (Crochet crochet = Crochet.configure()
			.uri(uri())
			.ledger(LedgerStore.GRAPH)
			.migrations(SlowChain.migrations())
			.load()) {
			assertThat(crochet.ledger().file()).isEmpty();
			assertAppliedOnce(crochet);
		}
	}

	/**
	 * Starts {@code instances} child JVMs that each upgrade with the graph ledger, and
	 * lets them go at the same moment once all are ready; their outcomes, in start order.
	 */
	private List<String> raceChildrenOnTheGraphLedger(int instances) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<Process> children = new ArrayList<>();
		try {
			for (int i = 0; i < instances; i++) {
				children.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
						UpgradeProcess.class.getName(), uri(), UpgradeProcess.GRAPH)
					.redirectError(ProcessBuilder.Redirect.DISCARD)
					.start());
			}
			List<BufferedReader> outs = new ArrayList<>();
			for (Process child : children) {
				BufferedReader out = new BufferedReader(
						new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
				assertThat(out.readLine()).isEqualTo("READY");
				outs.add(out);
			}
			for (Process child : children) {
				Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
				in.write("go\n");
				in.flush();
			}
			List<String> outcomes = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				String line = outs.get(i).readLine();
				assertThat(children.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
				assertThat(line).startsWith("RESULT ");
				outcomes.add(line.substring("RESULT ".length()));
			}
			return outcomes;
		}
		finally {
			// Only the children this test started, by their handles.
			children.forEach(Process::destroyForcibly);
		}
	}

	/**
	 * Starts a child JVM upgrading with {@code childLedger}, and upgrades here with
	 * {@code parentLedger} at the same time.
	 */
	private String[] raceWithChild(Path parentLedger, Path childLedger) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				UpgradeProcess.class.getName(), uri(), childLedger.toString())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
				Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
			assertThat(out.readLine()).isEqualTo("READY");
			in.write("go\n");
			in.flush();
			String parent = SlowChain.upgrade(uri(), parentLedger);
			String line = out.readLine();
			assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(line).startsWith("RESULT ");
			return new String[] { parent, line.substring("RESULT ".length()) };
		}
		finally {
			child.destroyForcibly();
		}
	}

	private void assertAppliedOnce(Path ledgerFile) {
		try (Crochet crochet = Crochet.configure()
			.uri(uri())
			.ledger(ledgerFile)
			.migrations(SlowChain.migrations())
			.load()) {
			assertAppliedOnce(crochet);
		}
	}

	/**
	 * Each revision applied and recorded once, its data there once, no lock left, and
	 * verify passes.
	 */
	private static void assertAppliedOnce(Crochet crochet) {
		assertThat(crochet.ledger().applied()).extracting(a -> a.revision()).containsExactlyElementsOf(ALL);
		assertThat(
				crochet.ledger().events().stream().filter(e -> e.kind().equals("UPGRADE")).map(LedgerEvent::revision))
			.containsExactlyElementsOf(ALL);
		assertThat(count(crochet, "(:Item)")).isEqualTo(3);
		assertThat(count(crochet, "(:Marker)")).isEqualTo(1);
		assertThat(crochet.ledger().lockHolder()).isEmpty();
		assertThat(count(crochet, "(s:_CrochetState) WHERE s.lockOwner IS NOT NULL")).isZero();
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
