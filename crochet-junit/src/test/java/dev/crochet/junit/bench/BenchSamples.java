package dev.crochet.junit.bench;

import dev.crochet.junit.CrochetMigrated;
import dev.crochet.roundtrip.RoundTripMode;
import org.junit.jupiter.api.Test;

/**
 * Sixteen classes with one configuration: the first computes the verdict, the others only
 * clean and migrate. {@link ExtensionOverheadBench} runs the first twelve,
 * {@link ParallelSuiteBench} all of them.
 */
public final class BenchSamples {

	private BenchSamples() {
	}

	@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.bench", roundTrip = RoundTripMode.NONE)
	abstract static class Bench {

		@Test
		void nothing() {
		}

	}

	public static class Class01 extends Bench {

	}

	public static class Class02 extends Bench {

	}

	public static class Class03 extends Bench {

	}

	public static class Class04 extends Bench {

	}

	public static class Class05 extends Bench {

	}

	public static class Class06 extends Bench {

	}

	public static class Class07 extends Bench {

	}

	public static class Class08 extends Bench {

	}

	public static class Class09 extends Bench {

	}

	public static class Class10 extends Bench {

	}

	public static class Class11 extends Bench {

	}

	public static class Class12 extends Bench {

	}

	public static class Class13 extends Bench {

	}

	public static class Class14 extends Bench {

	}

	public static class Class15 extends Bench {

	}

	public static class Class16 extends Bench {

	}

}
