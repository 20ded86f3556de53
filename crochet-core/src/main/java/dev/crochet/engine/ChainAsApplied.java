package dev.crochet.engine;

import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.Ledger;
import dev.crochet.migration.ResolvedMigration;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Records revisions as applied without running them, with their schema snapshots: what a
 * baseline and a rebuild write. Applied now and in 0 ms, because nothing ran; checksums,
 * schema hashes and rollback safety come from the chain, so {@code verify} checks them as
 * it checks any applied revision.
 */
final class ChainAsApplied {

	private ChainAsApplied() {
	}

	/**
	 * @return how many distinct snapshots were saved (revisions may share one; a hash
	 * whose snapshot is nowhere to be found is skipped)
	 */
	static int record(Ledger ledger, List<ResolvedMigration> chain,
			Function<String, Optional<SchemaSnapshot>> snapshots) {
		Instant now = Instant.now();
		Set<String> saved = new LinkedHashSet<>();
		for (ResolvedMigration migration : chain) {
			ledger.recordApplied(new AppliedMigration(migration.id(), migration.parent(), migration.description(),
					migration.schemaHash(), migration.checksum(), migration.rollbackSafe(), now, 0));
			String hash = migration.schemaHash();
			if (hash != null && !hash.isBlank() && !saved.contains(hash)) {
				snapshots.apply(hash).ifPresent(s -> {
					ledger.saveSnapshot(hash, s.toCanonicalJson());
					saved.add(hash);
				});
			}
		}
		return saved.size();
	}

}
