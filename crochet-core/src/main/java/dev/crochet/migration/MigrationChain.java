package dev.crochet.migration;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Migrations ordered by their parent links, root first. Built only from a set that forms
 * exactly one linear chain: a missing parent, a cycle, a duplicate id, two roots or two
 * heads is a {@link ChainException} naming the revisions.
 *
 * <pre>{@code
 * MigrationChain chain = MigrationChain.of(MigrationScanner.scan(loader, packages, locations));
 * List<ResolvedMigration> pending = chain.between(appliedHead, target); // both may be null
 * }</pre>
 *
 * The messages, for reference:
 * <ul>
 * <li>{@code Duplicate revision '0002_x' defined by <location> and <location>}</li>
 * <li>{@code Revision '0003_c' has parent '0002_b', which does not exist}</li>
 * <li>{@code Revisions '0002_b' and '0002_c' both have parent '0001_a' (a fork: the chain must be linear)}
 * ({@code 'x', 'y' and 'z' all have} for more than two)</li>
 * <li>{@code More than one root revision (no parent): '0001_a', '0001_b'}</li>
 * <li>{@code Cycle in the migration chain: '0001_a' -> '0002_b' -> '0001_a'} (also when
 * no revision is a root)</li>
 * <li>{@code Revision 'x' is not in the migration chain} (from the look-ups that require
 * an id)</li>
 * </ul>
 */
public final class MigrationChain {

	private final List<ResolvedMigration> ordered;

	private final Map<String, Integer> positions;

	private MigrationChain(List<ResolvedMigration> ordered) {
		this.ordered = List.copyOf(ordered);
		this.positions = new HashMap<>(ordered.size() * 2);
		for (int i = 0; i < this.ordered.size(); i++) {
			this.positions.put(this.ordered.get(i).id(), i);
		}
	}

	/**
	 * Orders {@code migrations} by parent links; an empty collection gives an empty
	 * chain.
	 * @throws ChainException when they do not form exactly one linear chain
	 */
	public static MigrationChain of(Collection<ResolvedMigration> migrations) {
		Objects.requireNonNull(migrations, "migrations");
		return new MigrationChain(ParentLinks.order(migrations));
	}

	/** Root first, head last. */
	public List<ResolvedMigration> migrations() {
		return ordered;
	}

	/** Revision ids, root first. */
	public List<String> ids() {
		return ordered.stream().map(ResolvedMigration::id).toList();
	}

	public int size() {
		return ordered.size();
	}

	public boolean isEmpty() {
		return ordered.isEmpty();
	}

	public Optional<ResolvedMigration> root() {
		return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(0));
	}

	public Optional<ResolvedMigration> head() {
		return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1));
	}

	public boolean contains(String id) {
		return positions.containsKey(id);
	}

	public Optional<ResolvedMigration> get(String id) {
		Integer position = positions.get(id);
		return position == null ? Optional.empty() : Optional.of(ordered.get(position));
	}

	/** Position in the chain (0 = root), or -1 when unknown. */
	public int indexOf(String id) {
		return positions.getOrDefault(id, -1);
	}

	/**
	 * The root up to and including {@code id}.
	 * @throws ChainException when {@code id} is not in the chain
	 */
	public List<ResolvedMigration> upTo(String id) {
		return ordered.subList(0, require(id) + 1);
	}

	/**
	 * The revisions after {@code id} (exclusive) up to the head; every revision when
	 * {@code id} is {@code null} (nothing applied yet).
	 * @throws ChainException when {@code id} is not null and not in the chain
	 */
	public List<ResolvedMigration> after(String id) {
		return ordered.subList(id == null ? 0 : require(id) + 1, ordered.size());
	}

	/**
	 * The revisions after {@code fromExclusive} up to and including {@code toInclusive}:
	 * what an upgrade from an applied head to a target applies, and, reversed, what a
	 * downgrade from a head to a target reverts. {@code null} means "before the root" for
	 * the first and "the head" for the second. Empty when {@code toInclusive} is not
	 * after {@code fromExclusive}.
	 * @throws ChainException when a non-null id is not in the chain
	 */
	public List<ResolvedMigration> between(String fromExclusive, String toInclusive) {
		if (fromExclusive != null) {
			require(fromExclusive);
		}
		if (toInclusive != null) {
			require(toInclusive);
		}
		return pending(fromExclusive, toInclusive);
	}

	/**
	 * What an upgrade from the applied {@code head} to {@code target} applies, as
	 * {@link #between} but without its checks, so that each caller reports an unknown
	 * revision in its own words: a head the chain does not know counts as nothing applied
	 * (the engine refuses such a ledger before it runs anything), a target it does not
	 * know gives nothing to apply.
	 *
	 * <pre>{@code
	 * List<ResolvedMigration> pending = chain.pending(ledgerHead, null); // everything after the head
	 * }</pre>
	 */
	public List<ResolvedMigration> pending(String head, String target) {
		int from = head == null ? 0 : indexOf(head) + 1;
		int to = target == null ? ordered.size() : indexOf(target) + 1;
		return from >= to ? List.of() : ordered.subList(from, to);
	}

	private int require(String id) {
		Integer position = positions.get(id);
		if (position == null) {
			throw new ChainException("Revision '" + id + "' is not in the migration chain");
		}
		return position;
	}

	@Override
	public String toString() {
		return "MigrationChain" + ids();
	}

}
