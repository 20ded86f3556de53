package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.CrochetException;
import dev.crochet.LedgerStore;
import dev.crochet.LockedException;
import dev.crochet.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Instances of one application that migrate on startup, with the history in the graph:
 * the ones that lose the race for the lock wait for the winner ({@code lockWait}), then
 * find nothing left to apply, instead of failing the application's start.
 */
class LockWaitIT extends EngineTestBase {

	@Test
	void instancesThatLoseTheRaceWaitAndApplyNothing() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<String>> instances = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			instances.add(CompletableFuture.supplyAsync(() -> {
				try (Crochet crochet = Crochet.configure()
					.uri(uri())
					.ledger(LedgerStore.GRAPH)
					.lockWait(Duration.ofSeconds(60))
					.migrations(SlowChain.migrations())
					.load()) {
					start.await();
					return "APPLIED " + crochet.upgrade().runs().size();
				}
				catch (CrochetException | InterruptedException ex) {
					return ex.getClass().getSimpleName() + ": " + ex.getMessage();
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (CompletableFuture<String> instance : instances) {
			outcomes.add(instance.get(120, TimeUnit.SECONDS));
		}

		assertThat(outcomes).as(outcomes.toString()).containsExactlyInAnyOrder("APPLIED 3", "APPLIED 0", "APPLIED 0");
		try (Crochet crochet = Crochet.configure()
			.uri(uri())
			.ledger(LedgerStore.GRAPH)
			.migrations(SlowChain.migrations())
			.load()) {
			assertThat(crochet.ledger().events().stream().filter(e -> e.kind().equals("UPGRADE")))
				.extracting(LedgerEvent::revision)
				.containsExactly("0001_items", "0002_slow_load", "0003_marker");
			assertThat(count(crochet, "(:Item)")).isEqualTo(3);
			assertThat(count(crochet, "(:Marker)")).isEqualTo(1);
			assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
		}
	}

	@Test
	void withoutAWaitTheLoserFailsAtOnceNamingTheHolder() {
		try (Crochet holder = Crochet.configure().uri(uri()).ledger(LedgerStore.GRAPH).load();
				Crochet other = Crochet.configure()
					.uri(uri())
					.ledger(LedgerStore.GRAPH)
					.lockWait(Duration.ofMillis(500))
					.migrations(SlowChain.migrations())
					.load()) {
			((dev.crochet.ledger.Ledger) holder.ledger()).lock("4711@elsewhere/main/1a2b3c4d");
			long started = System.nanoTime();

			assertThatThrownBy(other::upgrade).isInstanceOf(LockedException.class)
				.hasMessageStartingWith("The graph ledger of the default database at " + uri()
						+ " is locked by 4711@elsewhere/main/1a2b3c4d since ");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for the lock, then gave up")
				.isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
			assertThat(other.ledger().applied()).isEmpty();
		}
	}

	@Test
	void aNegativeWaitIsRefused() {
		assertThatThrownBy(() -> Crochet.configure().lockWait(Duration.ofSeconds(-1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("lockWait must not be negative, but was PT-1S");
	}

}
