package dev.crochet.mutation;

import dev.crochet.CrochetException;
import dev.crochet.engine.Engine;
import dev.crochet.roundtrip.Difference;
import dev.crochet.roundtrip.Fingerprint;
import dev.crochet.roundtrip.RevisionTimings;
import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RevisionVerdict.Outcome;

import java.util.List;

/**
 * The second half of a stepwise round trip, for a mutant: from the revision's correct
 * upgrade, its mutated downgrade, then (unless the downgrade already left a trace) the
 * upgrade again, each compared as the round trip compares them. The first upgrade is the
 * same for every mutant, so it runs once (in the revision's own round trip) and its
 * fingerprint is reused: a mutant that passes leaves the database exactly where the next
 * one starts.
 *
 * @param before the fingerprint before the revision's upgrade
 * @param after the fingerprint after it
 */
record MutantRoundTrip(Engine engine, String revision, Fingerprint before, Fingerprint after) {

	/**
	 * Judges {@code mutant} as {@code RoundTripRunner} judges a revision, with the
	 * database at the revision.
	 */
	RevisionVerdict judge(Mutant mutant) {
		long start = System.nanoTime();
		long down = RevisionTimings.NOT_RUN;
		List<Difference> downDifferences = null;
		try {
			engine.withDowngrade(revision, mutant.downgrade()).downgrade(null, false);
			down = millisSince(start);
			downDifferences = before.differences(engine.fingerprint());
			if (!downDifferences.isEmpty()) {
				// Killed already, whatever the upgrade after it does; the restore
				// upgrades again anyway.
				return new RevisionVerdict(revision, Outcome.LEFT_TRACE, downDifferences, List.of(), null,
						new RevisionTimings(RevisionTimings.NOT_RUN, down, RevisionTimings.NOT_RUN));
			}
			start = System.nanoTime();
			engine.upgrade(revision, false);
			long reUp = millisSince(start);
			List<Difference> upDifferences = after.differences(engine.fingerprint());
			Outcome outcome = upDifferences.isEmpty() ? Outcome.PASSED : Outcome.NOT_REPRODUCED;
			return new RevisionVerdict(revision, outcome, downDifferences, upDifferences, null,
					new RevisionTimings(RevisionTimings.NOT_RUN, down, reUp));
		}
		catch (CrochetException ex) {
			if (downDifferences == null) {
				return new RevisionVerdict(revision, Outcome.FAILED, List.of(), List.of(), ex.getMessage(),
						new RevisionTimings(RevisionTimings.NOT_RUN, millisSince(start), RevisionTimings.NOT_RUN));
			}
			// As in the round trip: the first upgrade ran from this very state, so the
			// second one failing is the downgrade's doing.
			return new RevisionVerdict(revision, Outcome.NOT_REPRODUCED, List.of(), List.of(), ex.getMessage(),
					new RevisionTimings(RevisionTimings.NOT_RUN, down, millisSince(start)));
		}
	}

	private static long millisSince(long nanoStart) {
		return (System.nanoTime() - nanoStart) / 1_000_000;
	}
}
