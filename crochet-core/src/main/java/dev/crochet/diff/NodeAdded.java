package dev.crochet.diff;

import dev.crochet.ir.NodeSchema;

import java.util.Objects;

/** A node model that did not exist before: {@code node person_v1 (Person) added}. */
public record NodeAdded(NodeSchema node) implements SchemaChange {

	public NodeAdded {
		Objects.requireNonNull(node, "node");
	}

	@Override
	public String kgid() {
		return node.kgid();
	}

	@Override
	public String describe() {
		return "node " + node.kgid() + " (" + node.primaryLabel() + ") added";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
