package dev.crochet.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders migrations by their parent links (never by names) and rejects any set that is
 * not exactly one linear chain. Checks run in a fixed order (duplicate ids, missing
 * parents, forks, several roots, cycles) over revisions sorted by id, so the same broken
 * set always yields the same message. Linear apart from the sort: O(n log n).
 */
final class ParentLinks {

	private ParentLinks() {
	}

	static List<ResolvedMigration> order(Collection<ResolvedMigration> migrations) {
		Map<String, ResolvedMigration> byId = new HashMap<>();
		for (ResolvedMigration migration : migrations) {
			ResolvedMigration earlier = byId.putIfAbsent(migration.id(), migration);
			if (earlier != null) {
				throw new ChainException("Duplicate revision '" + migration.id() + "' defined by " + earlier.location()
						+ " and " + migration.location());
			}
		}
		List<ResolvedMigration> sorted = new ArrayList<>(byId.values());
		sorted.sort(Comparator.comparing(ResolvedMigration::id));

		for (ResolvedMigration migration : sorted) {
			if (!migration.isRoot() && !byId.containsKey(migration.parent())) {
				throw new ChainException("Revision '" + migration.id() + "' has parent '" + migration.parent()
						+ "', which does not exist");
			}
		}

		// Filled in id order, so every list of children is sorted.
		Map<String, List<String>> children = new HashMap<>();
		List<String> roots = new ArrayList<>();
		for (ResolvedMigration migration : sorted) {
			if (migration.isRoot()) {
				roots.add(migration.id());
			}
			else {
				children.computeIfAbsent(migration.parent(), parent -> new ArrayList<>(1)).add(migration.id());
			}
		}
		for (ResolvedMigration migration : sorted) {
			List<String> siblings = children.getOrDefault(migration.id(), List.of());
			if (siblings.size() > 1) {
				throw new ChainException(fork(migration.id(), siblings));
			}
		}
		if (roots.size() > 1) {
			throw new ChainException("More than one root revision (no parent): " + quoted(roots));
		}

		List<ResolvedMigration> ordered = new ArrayList<>(byId.size());
		Set<String> reached = new HashSet<>();
		String next = roots.isEmpty() ? null : roots.get(0);
		while (next != null) {
			ordered.add(byId.get(next));
			reached.add(next);
			List<String> child = children.get(next);
			next = child == null ? null : child.get(0);
		}
		if (ordered.size() < byId.size()) {
			// Without forks or missing parents, a revision the root does not reach lies
			// on a cycle.
			for (ResolvedMigration migration : sorted) {
				if (!reached.contains(migration.id())) {
					throw new ChainException(cycle(migration.id(), children));
				}
			}
		}
		return ordered;
	}

	private static String fork(String parent, List<String> siblings) {
		List<String> names = siblings.stream().map(ParentLinks::quote).toList();
		String listed = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
		String verb = names.size() == 2 ? "both" : "all";
		return "Revisions " + listed + " " + verb + " have parent '" + parent + "' (a fork: the chain must be linear)";
	}

	private static String cycle(String start, Map<String, List<String>> children) {
		StringBuilder message = new StringBuilder("Cycle in the migration chain: ").append(quote(start));
		String current = start;
		do {
			current = children.get(current).get(0);
			message.append(" -> ").append(quote(current));
		}
		while (!current.equals(start));
		return message.toString();
	}

	private static String quoted(List<String> ids) {
		return ids.stream().map(ParentLinks::quote).collect(Collectors.joining(", "));
	}

	private static String quote(String id) {
		return "'" + id + "'";
	}

}
