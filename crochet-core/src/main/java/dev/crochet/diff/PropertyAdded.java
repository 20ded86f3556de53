package dev.crochet.diff;

import dev.crochet.ir.PropertySchema;

import java.util.Objects;

/**
 * A property that did not exist before: {@code property Person.age added (INTEGER)}.
 *
 * @param ownerKind whether {@code owner} is a node label or a relationship type
 * @param owner the primary label or relationship type (after any rename of the same kgid)
 */
public record PropertyAdded(String kgid, OwnerKind ownerKind, String owner,
		PropertySchema property) implements SchemaChange {

	public PropertyAdded {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(ownerKind, "ownerKind");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(property, "property");
	}

	@Override
	public String describe() {
		return "property " + ownerKind.display(owner) + "." + property.name() + " added (" + PropertyFlags.of(property)
				+ ")";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
