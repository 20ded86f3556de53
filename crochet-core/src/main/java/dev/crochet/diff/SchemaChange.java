package dev.crochet.diff;

/**
 * One difference between two schema snapshots, found by kgid. Implementations are immutable
 * records, one per change kind (node added, property type changed, label renamed, ...).
 */
public interface SchemaChange {

	/** kgid of the node or relationship entity the change concerns. */
	String kgid();

	/** Human-readable, e.g. {@code property Person.age: type INTEGER -> STRING}. */
	String describe();

	/** Whether applying the change loses data (a property, label or model removed). */
	boolean destructive();
}
