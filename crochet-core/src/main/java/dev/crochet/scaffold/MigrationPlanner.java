package dev.crochet.scaffold;

import dev.crochet.cypher.CypherNames;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.RemoveNodeProperty;
import dev.crochet.cypher.RenameLabel;
import dev.crochet.cypher.RenameNodeProperty;
import dev.crochet.cypher.RenameRelationshipProperty;
import dev.crochet.cypher.RenameRelationshipType;
import dev.crochet.diff.CompositeIndexAdded;
import dev.crochet.diff.CompositeIndexRemoved;
import dev.crochet.diff.LabelRenamed;
import dev.crochet.diff.LabelsChanged;
import dev.crochet.diff.NodeAdded;
import dev.crochet.diff.NodeRemoved;
import dev.crochet.diff.OwnerKind;
import dev.crochet.diff.PossibleRename;
import dev.crochet.diff.PropertyAdded;
import dev.crochet.diff.PropertyFlagsChanged;
import dev.crochet.diff.PropertyRemoved;
import dev.crochet.diff.PropertyRenamed;
import dev.crochet.diff.PropertyTypeChanged;
import dev.crochet.diff.RelationshipEntityAdded;
import dev.crochet.diff.RelationshipEntityRemoved;
import dev.crochet.diff.RelationshipTypeRenamed;
import dev.crochet.diff.SchemaChange;
import dev.crochet.diff.SchemaDiff;
import dev.crochet.diff.SearchIndexAdded;
import dev.crochet.diff.SearchIndexRemoved;
import dev.crochet.ir.CompositeIndexSchema;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SearchIndexSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps a schema diff to the operations of a migration and their inverses.
 *
 * <pre>{@code
 * MigrationPlan plan = MigrationPlanner.plan(headSnapshot, modelSnapshot, MigrationPlanner.Target.JAVA, false);
 * }</pre>
 *
 * <p>
 * Per change, in the diff's order: a comment with {@link SchemaChange#describe()}, then
 * its operations. Constraints and indexes follow
 * {@link dev.crochet.live.LiveSchema#declaredBy}; a removed property is removed from the
 * nodes (after its constraints are dropped), with a comment when it may be an undeclared
 * rename; a renamed label or type is renamed in the graph, and so is a property declared
 * renamed ({@code @RenamedFrom}), its values moved and its constraints re-created. The
 * downgrade undoes the changes in reverse order, each change's operations reversed too;
 * an operation without an inverse (a removed property) leaves a comment saying what
 * cannot be restored, and such a diff is {@linkplain MigrationPlan#rollbackSafe() not
 * rollback-safe}. Changes with no schema effect (types, relationship definitions) appear
 * as comments only. Search indexes ({@code @FulltextIndex} and friends) are created and
 * dropped by name; a renamed label or type has its search indexes dropped and created
 * again on the new one, because neither the engine nor Neo4j moves them.
 */
public final class MigrationPlanner {

	/**
	 * What the plan will be written as: the engine moves Crochet's constraints along with
	 * a Java {@code renameLabel}, a Cypher file must do it itself.
	 */
	public enum Target {

		JAVA, CYPHER

	}

	private MigrationPlanner() {
	}

	/**
	 * @param enterprise also generate existence constraints for required node properties
	 * (Neo4j Enterprise only; on Community they would fail the upgrade)
	 */
	public static MigrationPlan plan(SchemaSnapshot before, SchemaSnapshot after, Target target, boolean enterprise) {
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
		Objects.requireNonNull(target, "target");
		SchemaDiff diff = SchemaDiff.between(before, after);
		List<Group> groups = new ArrayList<>();
		List<PossibleRename> possibleRenames = diff.possibleRenames();
		for (SchemaChange change : diff.changes()) {
			Group group = new Group(change.describe());
			new ChangeMapper(before, target, enterprise, possibleRenames, group).map(change);
			groups.add(group);
		}
		List<PlannedStep> upgrade = new ArrayList<>();
		for (Group group : groups) {
			upgrade.add(PlannedStep.note(group.describe));
			group.upgradeNotes.forEach(n -> upgrade.add(PlannedStep.note(n)));
			group.moves.forEach(m -> upgrade.add(PlannedStep.of(m.up)));
		}
		List<PlannedStep> downgrade = new ArrayList<>();
		for (int g = groups.size() - 1; g >= 0; g--) {
			Group group = groups.get(g);
			downgrade.add(PlannedStep.note("undo: " + group.describe));
			group.downgradeNotes.forEach(n -> downgrade.add(PlannedStep.note(n)));
			for (int m = group.moves.size() - 1; m >= 0; m--) {
				Move move = group.moves.get(m);
				downgrade
					.add(move.down == null ? PlannedStep.note("cannot undo '" + move.up.describe() + "': " + move.lost)
							: PlannedStep.of(move.down));
			}
		}
		boolean safe = !diff.destructive()
				&& groups.stream().flatMap(g -> g.moves.stream()).allMatch(m -> m.down != null);
		return new MigrationPlan(diff, upgrade, downgrade, safe);
	}

	/** An upgrade operation and what undoes it, or why nothing can. */
	private record Move(Operation up, Operation down, String lost) {
	}

	/** The lines generated for one change. */
	private static final class Group {

		final String describe;

		final List<Move> moves = new ArrayList<>();

		final List<String> upgradeNotes = new ArrayList<>();

		final List<String> downgradeNotes = new ArrayList<>();

		Group(String describe) {
			this.describe = describe;
		}

		void reversible(SchemaOperations.Pair pair) {
			moves.add(new Move(pair.create(), pair.drop(), null));
		}

		void dropping(SchemaOperations.Pair pair) {
			moves.add(new Move(pair.drop(), pair.create(), null));
		}

	}

	/** Fills one group from one change. */
	private record ChangeMapper(SchemaSnapshot before, Target target, boolean enterprise,
			List<PossibleRename> possibleRenames, Group group) {

		void map(SchemaChange change) {
			if (change instanceof NodeAdded c) {
				declare(c.node(), true);
				searchIndexes(false, c.node().primaryLabel(), c.node().searchIndexes(), true);
			}
			else if (change instanceof NodeRemoved c) {
				declare(c.node(), false);
				searchIndexes(false, c.node().primaryLabel(), c.node().searchIndexes(), false);
				group.downgradeNotes
					.add("the " + c.node().primaryLabel() + " nodes themselves were not touched by the upgrade;"
							+ " their model is gone, so this migration is not rollback-safe");
				group.upgradeNotes.add(
						"the " + c.node().primaryLabel()
								+ " nodes stay in the graph; to delete them add: ctx.runCypher("
								+ SourceText.javaString("MATCH (n:"
										+ CypherNames.escape(c.node().primaryLabel(), "label") + ") DETACH DELETE n")
								+ ");");
			}
			else if (change instanceof LabelRenamed c) {
				renameLabel(c);
			}
			else if (change instanceof LabelsChanged c) {
				group.upgradeNotes.add(
						"secondary labels are not changed on existing nodes; set or remove them with ctx.runCypher(...) if needed");
				if (!c.removed().isEmpty()) {
					group.downgradeNotes
						.add("labels " + c.removed() + " were removed from the models: not rollback-safe");
				}
			}
			else if (change instanceof PropertyAdded c) {
				SchemaOperations
					.ofProperty(c.ownerKind() == OwnerKind.RELATIONSHIP, c.owner(), c.property(), enterprise)
					.forEach(group::reversible);
				if (c.ownerKind() == OwnerKind.NODE) {
					group.upgradeNotes.add("to give existing nodes a value add: ctx.addNodeProperty("
							+ SourceText.javaString(c.owner()) + ", " + SourceText.javaString(c.property().name())
							+ ", <default>);");
				}
			}
			else if (change instanceof PropertyRemoved c) {
				removeProperty(c);
			}
			else if (change instanceof PropertyRenamed c) {
				renameProperty(c);
			}
			else if (change instanceof PropertyTypeChanged) {
				group.upgradeNotes
					.add("existing values keep their type; convert them with ctx.runCypher(...) if needed");
			}
			else if (change instanceof PropertyFlagsChanged c) {
				boolean relationship = c.ownerKind() == OwnerKind.RELATIONSHIP;
				List<SchemaOperations.Pair> was = SchemaOperations.ofProperty(relationship, c.owner(), c.before(),
						enterprise);
				List<SchemaOperations.Pair> now = SchemaOperations.ofProperty(relationship, c.owner(), c.after(),
						enterprise);
				was.stream().filter(p -> !now.contains(p)).forEach(group::dropping);
				now.stream().filter(p -> !was.contains(p)).forEach(group::reversible);
			}
			else if (change instanceof CompositeIndexAdded c) {
				group.reversible(SchemaOperations.ofComposite(c.label(), c.index()));
			}
			else if (change instanceof CompositeIndexRemoved c) {
				group.dropping(SchemaOperations.ofComposite(c.label(), c.index()));
			}
			else if (change instanceof SearchIndexAdded c) {
				group.reversible(
						SchemaOperations.ofSearchIndex(c.ownerKind() == OwnerKind.RELATIONSHIP, c.owner(), c.index()));
			}
			else if (change instanceof SearchIndexRemoved c) {
				group.dropping(
						SchemaOperations.ofSearchIndex(c.ownerKind() == OwnerKind.RELATIONSHIP, c.owner(), c.index()));
			}
			else if (change instanceof RelationshipEntityAdded c) {
				declare(c.relationship(), true);
				searchIndexes(true, c.relationship().type(), c.relationship().searchIndexes(), true);
			}
			else if (change instanceof RelationshipEntityRemoved c) {
				declare(c.relationship(), false);
				searchIndexes(true, c.relationship().type(), c.relationship().searchIndexes(), false);
				group.downgradeNotes
					.add("the [" + c.relationship().type() + "] relationships were not touched by the upgrade;"
							+ " their model is gone, so this migration is not rollback-safe");
			}
			else if (change instanceof RelationshipTypeRenamed c) {
				renameType(c);
			}
			// Relationship definitions and endpoints have no schema effect: the comment
			// is all.
		}

		/**
		 * Search indexes of a model added or removed as a whole. (A rename leaves them to
		 * the diff, which removes and adds each one, so {@link #declare} must not touch
		 * them.)
		 */
		private void searchIndexes(boolean relationship, String owner, List<SearchIndexSchema> indexes, boolean add) {
			indexes.forEach(index -> {
				SchemaOperations.Pair pair = SchemaOperations.ofSearchIndex(relationship, owner, index);
				if (add) {
					group.reversible(pair);
				}
				else {
					group.dropping(pair);
				}
			});
		}

		private void declare(NodeSchema node, boolean add) {
			List<SchemaOperations.Pair> pairs = new ArrayList<>();
			for (PropertySchema property : node.properties()) {
				pairs.addAll(SchemaOperations.ofProperty(false, node.primaryLabel(), property, enterprise));
			}
			for (CompositeIndexSchema index : node.compositeIndexes()) {
				pairs.add(SchemaOperations.ofComposite(node.primaryLabel(), index));
			}
			pairs.forEach(add ? group::reversible : group::dropping);
		}

		private void declare(RelationshipEntitySchema relationship, boolean add) {
			for (PropertySchema property : relationship.properties()) {
				SchemaOperations.ofProperty(true, relationship.type(), property, enterprise)
					.forEach(add ? group::reversible : group::dropping);
			}
		}

		private void renameLabel(LabelRenamed c) {
			NodeSchema old = before.node(c.kgid()).orElse(null);
			boolean explicit = target == Target.CYPHER && old != null;
			if (explicit) {
				declare(old, false);
			}
			group.moves.add(new Move(new RenameLabel(c.from(), c.to()), new RenameLabel(c.to(), c.from()), null));
			if (explicit) {
				declare(withLabel(old, c.to()), true);
			}
			else {
				group.upgradeNotes
					.add("renameLabel also moves Crochet's constraints and indexes from " + c.from() + " to " + c.to());
			}
		}

		private void renameType(RelationshipTypeRenamed c) {
			// The engine moves nothing along with a type: drop on the old type, re-create
			// on the new one.
			RelationshipEntitySchema old = before.relationship(c.kgid()).orElse(null);
			if (old != null) {
				declare(old, false);
			}
			group.moves.add(new Move(new RenameRelationshipType(c.from(), c.to()),
					new RenameRelationshipType(c.to(), c.from()), null));
			if (old != null) {
				declare(new RelationshipEntitySchema(old.kgid(), c.to(), old.startKgid(), old.endKgid(),
						old.properties()), true);
			}
		}

		/**
		 * The old name's constraints and indexes are dropped before the values move and
		 * the new name's created after, so that no constraint ever sees a half-moved
		 * property.
		 */
		private void renameProperty(PropertyRenamed c) {
			boolean relationship = c.ownerKind() == OwnerKind.RELATIONSHIP;
			SchemaOperations.ofProperty(relationship, c.owner(), c.before(), enterprise).forEach(group::dropping);
			group.moves.add(relationship
					? new Move(new RenameRelationshipProperty(c.owner(), c.from(), c.to()),
							new RenameRelationshipProperty(c.owner(), c.to(), c.from()), null)
					: new Move(new RenameNodeProperty(c.owner(), c.from(), c.to()),
							new RenameNodeProperty(c.owner(), c.to(), c.from()), null));
			SchemaOperations.ofProperty(relationship, c.owner(), c.after(), enterprise).forEach(group::reversible);
			if (!c.before().type().equals(c.after().type())) {
				group.upgradeNotes
					.add("existing values keep their type; convert them with ctx.runCypher(...) if needed");
			}
		}

		private void removeProperty(PropertyRemoved c) {
			boolean relationship = c.ownerKind() == OwnerKind.RELATIONSHIP;
			SchemaOperations.ofProperty(relationship, c.owner(), c.property(), enterprise).forEach(group::dropping);
			possibleRenames.stream()
				.filter(r -> r.kgid().equals(c.kgid()) && r.from().equals(c.property().name()))
				.forEach(r -> group.upgradeNotes.add(r.describe()));
			if (relationship) {
				group.upgradeNotes.add("the values stay on existing [" + c.owner()
						+ "] relationships; remove them with ctx.runCypher(...) if needed");
				group.downgradeNotes
					.add("property " + c.property().name() + " was removed from the models: not rollback-safe");
			}
			else {
				group.moves.add(new Move(new RemoveNodeProperty(c.owner(), c.property().name()), null,
						"the removed values of " + c.owner() + "." + c.property().name() + " are gone"));
			}
		}

		private static NodeSchema withLabel(NodeSchema node, String label) {
			return new NodeSchema(node.kgid(), label, node.labels(), node.properties(), node.compositeIndexes(),
					node.relationships());
		}
	}

}
