package dev.crochet.diff;

import java.util.Objects;

/**
 * The Neo4j type of a property changed:
 * {@code property Person.age: type INTEGER -> STRING}. Not destructive by itself: values
 * stay until a migration converts them.
 */
public record PropertyTypeChanged(String kgid, OwnerKind ownerKind, String owner, String property, String fromType,
		String toType) implements SchemaChange {

	public PropertyTypeChanged {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(ownerKind, "ownerKind");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(property, "property");
		Objects.requireNonNull(fromType, "fromType");
		Objects.requireNonNull(toType, "toType");
	}

	@Override
	public String describe() {
		return "property " + ownerKind.display(owner) + "." + property + ": type " + fromType + " -> " + toType;
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
