package dev.crochet.diff;

import dev.crochet.ir.PropertySchema;

import java.util.Objects;

/**
 * A property that no longer exists; destructive:
 * {@code property Person.age removed (INTEGER)}.
 *
 * @param ownerKind whether {@code owner} is a node label or a relationship type
 * @param owner the primary label or relationship type (after any rename of the same kgid)
 * @param property the property as it was
 */
public record PropertyRemoved(String kgid, OwnerKind ownerKind, String owner,
		PropertySchema property) implements SchemaChange {

	public PropertyRemoved {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(ownerKind, "ownerKind");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(property, "property");
	}

	@Override
	public String describe() {
		return "property " + ownerKind.display(owner) + "." + property.name() + " removed ("
				+ PropertyFlags.of(property) + ")";
	}

	@Override
	public boolean destructive() {
		return true;
	}
}
