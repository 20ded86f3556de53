package dev.crochet.migration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Migrations ordered by their parent links, root first. Built only from a set that forms exactly one
 * linear chain: a missing parent, a cycle, a duplicate id, two roots or two heads is a
 * {@link ChainException} naming the revisions.
 */
public final class MigrationChain {

	private final List<ResolvedMigration> ordered;

	private MigrationChain(List<ResolvedMigration> ordered) {
		this.ordered = List.copyOf(ordered);
	}

	public static MigrationChain of(Collection<ResolvedMigration> migrations) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** Root first, head last. */
	public List<ResolvedMigration> migrations() {
		return ordered;
	}

	public boolean isEmpty() {
		return ordered.isEmpty();
	}

	public Optional<ResolvedMigration> head() {
		return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1));
	}

	public Optional<ResolvedMigration> get(String id) {
		throw new UnsupportedOperationException("not implemented");
	}

	/** Position in the chain (0 = root), or -1 when unknown. */
	public int indexOf(String id) {
		throw new UnsupportedOperationException("not implemented");
	}
}
