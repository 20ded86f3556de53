package dev.crochet.diff;

import dev.crochet.ir.NodeSchema;

import java.util.Objects;

/**
 * A node model that no longer exists; destructive:
 * {@code node person_v1 (Person) removed}.
 */
public record NodeRemoved(NodeSchema node) implements SchemaChange {

	public NodeRemoved {
		Objects.requireNonNull(node, "node");
	}

	@Override
	public String kgid() {
		return node.kgid();
	}

	@Override
	public String describe() {
		return "node " + node.kgid() + " (" + node.primaryLabel() + ") removed";
	}

	@Override
	public boolean destructive() {
		return true;
	}
}
