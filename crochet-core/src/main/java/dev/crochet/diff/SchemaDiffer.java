package dev.crochet.diff;

import dev.crochet.ir.CompositeIndexSchema;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.RelationshipSchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SearchIndexSchema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two snapshots model by model (by kgid, never by class or label). The order of
 * the changes is part of the contract, because a code generator emits operations in it:
 * kgids alphabetically; per kgid, model added/removed, then renames (label, relationship
 * type), then other labels or endpoints, then properties renamed (declared with
 * {@code @RenamedFrom}, by old name), added, removed, type changed, flags changed (each
 * by property name), then composite indexes added and removed, then search indexes
 * removed and added (removed first, so that an index whose definition changed under the
 * same name is dropped before it is created again; every one of them when the label or
 * type changed), then relationship definitions added and removed. Changes after a rename
 * name the node or relationship by its new label or type, except a removed search index,
 * which names the label or type it was on.
 */
final class SchemaDiffer {

	private SchemaDiffer() {
	}

	static SchemaDiff diff(SchemaSnapshot from, SchemaSnapshot to) {
		Map<String, NodeSchema> nodesBefore = byKey(from.nodes(), NodeSchema::kgid);
		Map<String, NodeSchema> nodesAfter = byKey(to.nodes(), NodeSchema::kgid);
		Map<String, RelationshipEntitySchema> relsBefore = byKey(from.relationships(), RelationshipEntitySchema::kgid);
		Map<String, RelationshipEntitySchema> relsAfter = byKey(to.relationships(), RelationshipEntitySchema::kgid);
		Set<String> kgids = new TreeSet<>();
		kgids.addAll(nodesBefore.keySet());
		kgids.addAll(nodesAfter.keySet());
		kgids.addAll(relsBefore.keySet());
		kgids.addAll(relsAfter.keySet());

		List<SchemaChange> changes = new ArrayList<>();
		for (String kgid : kgids) {
			Map<String, String> renames = new TreeMap<>();
			to.renames().stream().filter(r -> r.kgid().equals(kgid)).forEach(r -> renames.put(r.from(), r.to()));
			nodes(nodesBefore.get(kgid), nodesAfter.get(kgid), renames, changes);
			relationshipEntities(relsBefore.get(kgid), relsAfter.get(kgid), renames, changes);
		}
		return new SchemaDiff(changes);
	}

	private static void nodes(NodeSchema before, NodeSchema after, Map<String, String> renames,
			List<SchemaChange> changes) {
		if (before == null && after == null) {
			return;
		}
		if (before == null) {
			changes.add(new NodeAdded(after));
			return;
		}
		if (after == null) {
			changes.add(new NodeRemoved(before));
			return;
		}
		String kgid = after.kgid();
		String label = after.primaryLabel();
		if (!before.primaryLabel().equals(label)) {
			changes.add(new LabelRenamed(kgid, before.primaryLabel(), label));
		}
		Set<String> primaries = new HashSet<>(List.of(before.primaryLabel(), label));
		List<String> added = after.labels()
			.stream()
			.filter(l -> !primaries.contains(l))
			.filter(l -> !before.labels().contains(l))
			.sorted()
			.toList();
		List<String> removed = before.labels()
			.stream()
			.filter(l -> !primaries.contains(l))
			.filter(l -> !after.labels().contains(l))
			.sorted()
			.toList();
		if (!added.isEmpty() || !removed.isEmpty()) {
			changes.add(new LabelsChanged(kgid, label, added, removed));
		}
		properties(kgid, OwnerKind.NODE, label, before.properties(), after.properties(), renames, changes);
		for (CompositeIndexSchema index : after.compositeIndexes()) {
			if (!before.compositeIndexes().contains(index)) {
				changes.add(new CompositeIndexAdded(kgid, label, index));
			}
		}
		for (CompositeIndexSchema index : before.compositeIndexes()) {
			if (!after.compositeIndexes().contains(index)) {
				changes.add(new CompositeIndexRemoved(kgid, label, index));
			}
		}
		searchIndexes(kgid, OwnerKind.NODE, before.primaryLabel(), label, before.searchIndexes(), after.searchIndexes(),
				changes);
		for (RelationshipSchema relationship : sorted(after.relationships())) {
			if (!before.relationships().contains(relationship)) {
				changes.add(new RelationshipDefinitionAdded(kgid, label, relationship));
			}
		}
		for (RelationshipSchema relationship : sorted(before.relationships())) {
			if (!after.relationships().contains(relationship)) {
				changes.add(new RelationshipDefinitionRemoved(kgid, label, relationship));
			}
		}
	}

	private static void relationshipEntities(RelationshipEntitySchema before, RelationshipEntitySchema after,
			Map<String, String> renames, List<SchemaChange> changes) {
		if (before == null && after == null) {
			return;
		}
		if (before == null) {
			changes.add(new RelationshipEntityAdded(after));
			return;
		}
		if (after == null) {
			changes.add(new RelationshipEntityRemoved(before));
			return;
		}
		String kgid = after.kgid();
		if (!before.type().equals(after.type())) {
			changes.add(new RelationshipTypeRenamed(kgid, before.type(), after.type()));
		}
		if (!before.startKgid().equals(after.startKgid()) || !before.endKgid().equals(after.endKgid())) {
			changes.add(new RelationshipEndpointsChanged(kgid, after.type(), before.startKgid(), before.endKgid(),
					after.startKgid(), after.endKgid()));
		}
		properties(kgid, OwnerKind.RELATIONSHIP, after.type(), before.properties(), after.properties(), renames,
				changes);
		searchIndexes(kgid, OwnerKind.RELATIONSHIP, before.type(), after.type(), before.searchIndexes(),
				after.searchIndexes(), changes);
	}

	/**
	 * An index stays on its label or type when the model is renamed, so then each one is
	 * moved: removed and added.
	 */
	private static void searchIndexes(String kgid, OwnerKind kind, String ownerBefore, String ownerAfter,
			List<SearchIndexSchema> before, List<SearchIndexSchema> after, List<SchemaChange> changes) {
		boolean moved = !ownerBefore.equals(ownerAfter);
		before.stream()
			.sorted(SearchIndexSchema.ORDER)
			.filter(i -> moved || !after.contains(i))
			.forEach(i -> changes.add(new SearchIndexRemoved(kgid, kind, ownerBefore, i)));
		after.stream()
			.sorted(SearchIndexSchema.ORDER)
			.filter(i -> moved || !before.contains(i))
			.forEach(i -> changes.add(new SearchIndexAdded(kgid, kind, ownerAfter, i)));
	}

	/**
	 * A declared rename applies only while the old snapshot has the old name and not the
	 * new one, and the new snapshot the reverse; any other time (a rename made by an
	 * earlier migration) it changes nothing. The renamed pair is then left out of the
	 * additions and removals.
	 */
	private static void properties(String kgid, OwnerKind kind, String owner, List<PropertySchema> before,
			List<PropertySchema> after, Map<String, String> renames, List<SchemaChange> changes) {
		Map<String, PropertySchema> old = byKey(before, PropertySchema::name);
		Map<String, PropertySchema> now = byKey(after, PropertySchema::name);
		renames.forEach((from, to) -> {
			if (old.containsKey(from) && !old.containsKey(to) && now.containsKey(to) && !now.containsKey(from)) {
				changes.add(new PropertyRenamed(kgid, kind, owner, old.remove(from), now.remove(to)));
			}
		});
		now.values()
			.stream()
			.filter(p -> !old.containsKey(p.name()))
			.forEach(p -> changes.add(new PropertyAdded(kgid, kind, owner, p)));
		old.values()
			.stream()
			.filter(p -> !now.containsKey(p.name()))
			.forEach(p -> changes.add(new PropertyRemoved(kgid, kind, owner, p)));
		List<SchemaChange> flags = new ArrayList<>();
		for (PropertySchema p : now.values()) {
			PropertySchema was = old.get(p.name());
			if (was == null) {
				continue;
			}
			if (!was.type().equals(p.type())) {
				changes.add(new PropertyTypeChanged(kgid, kind, owner, p.name(), was.type(), p.type()));
			}
			if (was.required() != p.required() || was.unique() != p.unique() || was.indexed() != p.indexed()) {
				flags.add(new PropertyFlagsChanged(kgid, kind, owner, was, p));
			}
		}
		changes.addAll(flags);
	}

	private static List<RelationshipSchema> sorted(List<RelationshipSchema> relationships) {
		return relationships.stream()
			.distinct()
			.sorted((a, b) -> (a.type() + '\0' + a.direction() + '\0' + a.targetKgid())
				.compareTo(b.type() + '\0' + b.direction() + '\0' + b.targetKgid()))
			.toList();
	}

	/**
	 * Keyed and sorted; a snapshot should not hold two entries with one key, the first
	 * one wins if it does.
	 */
	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, TreeMap::new));
	}

}
