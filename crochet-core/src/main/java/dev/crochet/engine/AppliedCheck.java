package dev.crochet.engine;

import dev.crochet.ledger.AppliedMigration;
import dev.crochet.migration.JavaChecksums;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the ledger's applied revisions with the chain: present, in chain order,
 * unedited.
 */
final class AppliedCheck {

	private AppliedCheck() {
	}

	static List<String> problems(MigrationChain chain, List<AppliedMigration> applied) {
		List<String> problems = new ArrayList<>();
		problems.addAll(missing(chain, applied));
		problems.addAll(order(chain, applied));
		problems.addAll(checksums(chain, applied));
		return problems;
	}

	static List<String> missing(MigrationChain chain, List<AppliedMigration> applied) {
		return applied.stream()
			.filter(a -> !chain.contains(a.revision()))
			.map(a -> "Revision " + a.revision() + " is recorded as applied but no migration defines it")
			.toList();
	}

	static List<String> order(MigrationChain chain, List<AppliedMigration> applied) {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < applied.size(); i++) {
			AppliedMigration row = applied.get(i);
			String expectedParent = i == 0 ? null : applied.get(i - 1).revision();
			if (!Objects.equals(row.parent(), expectedParent)) {
				problems.add("Ledger chain broken at " + row.revision() + ": its parent is "
						+ (row.parent() == null ? "none" : row.parent()) + " but the revision applied before it is "
						+ (expectedParent == null ? "none" : expectedParent));
			}
			if (i < chain.migrations().size() && chain.contains(row.revision())
					&& !chain.migrations().get(i).id().equals(row.revision())) {
				problems.add("Applied revisions do not follow the chain: position " + (i + 1) + " is " + row.revision()
						+ " in the ledger but " + chain.migrations().get(i).id() + " in the chain");
			}
		}
		return problems;
	}

	static List<String> checksums(MigrationChain chain, List<AppliedMigration> applied) {
		List<String> problems = new ArrayList<>();
		for (AppliedMigration row : applied) {
			Optional<ResolvedMigration> migration = chain.get(row.revision());
			// Not compared: a row without a checksum (a Java migration applied by a
			// Crochet before 0.1 recorded
			// none), a migration that has none now (it fails while declaring, which
			// running it reports), and
			// a checksum taken another way (source, then declared statements once a build
			// supplies the classes).
			if (migration.isPresent() && row.checksum() != null && migration.get().checksum() != null
					&& JavaChecksums.comparable(row.checksum(), migration.get().checksum())
					&& !row.checksum().equals(migration.get().checksum())) {
				problems.add("Revision " + row.revision() + " (" + migration.get().location()
						+ ") was changed after it was applied: checksum " + row.checksum() + " in the ledger, "
						+ migration.get().checksum() + " now");
			}
		}
		return problems;
	}

	static List<String> schemaHashes(MigrationChain chain, List<AppliedMigration> applied) {
		List<String> problems = new ArrayList<>();
		for (AppliedMigration row : applied) {
			chain.get(row.revision())
				.filter(m -> !Objects.equals(m.schemaHash(), row.schemaHash()))
				.ifPresent(m -> problems.add("Revision " + row.revision() + " declares schema hash " + m.schemaHash()
						+ " but was applied with " + row.schemaHash()));
		}
		return problems;
	}

}
