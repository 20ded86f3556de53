package dev.crochet.diff;

/**
 * One difference between two schema snapshots, found by kgid. Implementations are
 * immutable records, one per change kind (node added, property type changed, label
 * renamed, ...). Sealed: the planner turns each kind into operations, so the kinds are a
 * closed list.
 */
public sealed interface SchemaChange permits CompositeIndexAdded, CompositeIndexRemoved, LabelRenamed, LabelsChanged,
		NodeAdded, NodeRemoved, PropertyAdded, PropertyFlagsChanged, PropertyRemoved, PropertyRenamed,
		PropertyTypeChanged, RelationshipDefinitionAdded, RelationshipDefinitionRemoved, RelationshipEndpointsChanged,
		RelationshipEntityAdded, RelationshipEntityRemoved, RelationshipTypeRenamed, SearchIndexAdded,
		SearchIndexRemoved {

	/** kgid of the node or relationship entity the change concerns. */
	String kgid();

	/** Human-readable, e.g. {@code property Person.age: type INTEGER -> STRING}. */
	String describe();

	/** Whether applying the change loses data (a property, label or model removed). */
	boolean destructive();

}
