package dev.crochet.roundtrip;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EntitySketchTest {

	private static EntitySketch sketchOf(Set<Long> hashes) {
		EntitySketch.Builder builder = EntitySketch.builder();
		hashes.forEach(builder::add);
		return builder.build();
	}

	private static Set<Long> randomHashes(Random random, int count) {
		Set<Long> hashes = new HashSet<>();
		while (hashes.size() < count) {
			hashes.add(random.nextLong());
		}
		return hashes;
	}

	@Test
	void theHashesAddedSinceAreRecoveredFromAHundredThousandShared() {
		Random random = new Random(42);
		Set<Long> shared = randomHashes(random, 100_000);
		Set<Long> gone = randomHashes(random, 20);
		Set<Long> added = randomHashes(random, 20);
		Set<Long> before = new HashSet<>(shared);
		before.addAll(gone);
		Set<Long> now = new HashSet<>(shared);
		now.addAll(added);

		assertThat(sketchOf(now).newIn(sketchOf(before))).isEqualTo(added);
		assertThat(sketchOf(before).newIn(sketchOf(now))).isEqualTo(gone);
	}

	@Test
	void equalSetsHaveNothingNewAndCompareEqual() {
		Set<Long> hashes = randomHashes(new Random(7), 1_000);
		assertThat(sketchOf(hashes).newIn(sketchOf(hashes))).isEmpty();
		assertThat(sketchOf(hashes)).isEqualTo(sketchOf(hashes));
	}

	@Test
	void tooManyDifferencesGiveAPartialAnswerNeverAWrongOne() {
		Random random = new Random(3);
		Set<Long> before = randomHashes(random, 1_000);
		Set<Long> added = randomHashes(random, 5_000);
		Set<Long> found = sketchOf(added).newIn(sketchOf(before));
		assertThat(added).containsAll(found);
	}

}
