package dev.crochet.diff;

import java.util.Objects;

/**
 * A removed and an added property of the same type on one owner: perhaps one property
 * renamed, which the diff cannot tell without {@link dev.crochet.RenamedFrom}. Generated
 * as a removal plus an addition, it drops every value; declared, it becomes a
 * {@link PropertyRenamed}.
 *
 * @param owner the primary label or relationship type
 * @param from the removed property's name
 * @param to the added property's name
 * @param type their common Neo4j type
 */
public record PossibleRename(String kgid, OwnerKind ownerKind, String owner, String from, String to, String type) {

	public PossibleRename {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(ownerKind, "ownerKind");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(type, "type");
	}

	/** The operation a declared rename generates. */
	public String operation() {
		return ownerKind == OwnerKind.NODE ? "renameNodeProperty" : "renameRelationshipProperty";
	}

	/**
	 * {@code Person.name removed and Person.fullName added (STRING) looks like a rename of
	 * name to fullName on Person; declare it with @RenamedFrom("name") on the field ...}.
	 */
	public String describe() {
		String on = ownerKind.display(owner);
		return on + "." + from + " removed and " + on + "." + to + " added (" + type + ") looks like a rename of "
				+ from + " to " + to + " on " + on + "; declare it with @RenamedFrom(\"" + from
				+ "\") on the field and generate again: the migration then uses " + operation()
				+ ", which keeps the values";
	}
}
