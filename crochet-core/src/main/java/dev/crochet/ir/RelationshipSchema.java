package dev.crochet.ir;

import java.util.Objects;

/**
 * A relationship declared on a node class ({@code @Relationship}).
 *
 * @param type the relationship type
 * @param direction {@code OUTGOING}, {@code INCOMING} or {@code UNDIRECTED}
 * @param targetKgid kgid of the node at the other end
 */
public record RelationshipSchema(String type, String direction, String targetKgid) {

	public RelationshipSchema {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(targetKgid, "targetKgid");
	}
}
