package dev.crochet.diff;

import dev.crochet.ir.PropertySchema;

import java.util.Objects;

/**
 * A property the models declare as renamed ({@link dev.crochet.RenamedFrom}); the values
 * move, so nothing is lost: {@code property Person.name renamed to fullName (STRING)}.
 *
 * @param ownerKind whether {@code owner} is a node label or a relationship type
 * @param owner the primary label or relationship type (after any rename of the same kgid)
 * @param before the property under its old name
 * @param after the property under its new name (its type and flags may differ too)
 */
public record PropertyRenamed(String kgid, OwnerKind ownerKind, String owner, PropertySchema before,
		PropertySchema after) implements SchemaChange {

	public PropertyRenamed {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(ownerKind, "ownerKind");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
	}

	public String from() {
		return before.name();
	}

	public String to() {
		return after.name();
	}

	@Override
	public String describe() {
		String was = PropertyFlags.of(before);
		String now = PropertyFlags.of(after);
		return "property " + ownerKind.display(owner) + "." + from() + " renamed to " + to() + " ("
				+ (was.equals(now) ? now : was + " -> " + now) + ")";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
