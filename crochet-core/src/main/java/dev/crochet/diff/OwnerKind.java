package dev.crochet.diff;

/**
 * What a property change belongs to: the nodes of a label or the relationships of a type.
 */
public enum OwnerKind {

	/** Owner is a node label ({@code Person}). */
	NODE,

	/**
	 * Owner is a relationship type of a {@code @RelationshipEntity} ({@code ACTED_IN}).
	 */
	RELATIONSHIP;

	/**
	 * How {@code describe()} texts name the owner: {@code Person} or {@code [ACTED_IN]}.
	 */
	String display(String owner) {
		return this == NODE ? owner : "[" + owner + "]";
	}

}
