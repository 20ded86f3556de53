package dev.crochet.diff;

import dev.crochet.ir.PropertySchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The required / unique / indexed flags of a property changed (its type may have changed
 * too, which is a separate {@link PropertyTypeChanged}):
 * {@code property Person.name: unique false -> true, indexed false -> true}.
 *
 * @param before the property as it was
 * @param after the property as it is now (same graph name)
 */
public record PropertyFlagsChanged(String kgid, OwnerKind ownerKind, String owner, PropertySchema before,
		PropertySchema after) implements SchemaChange {

	public PropertyFlagsChanged {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(ownerKind, "ownerKind");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
	}

	/** The graph name of the property. */
	public String property() {
		return after.name();
	}

	public boolean requiredChanged() {
		return before.required() != after.required();
	}

	public boolean uniqueChanged() {
		return before.unique() != after.unique();
	}

	public boolean indexedChanged() {
		return before.indexed() != after.indexed();
	}

	@Override
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (requiredChanged()) {
			parts.add("required " + before.required() + " -> " + after.required());
		}
		if (uniqueChanged()) {
			parts.add("unique " + before.unique() + " -> " + after.unique());
		}
		if (indexedChanged()) {
			parts.add("indexed " + before.indexed() + " -> " + after.indexed());
		}
		return "property " + ownerKind.display(owner) + "." + property() + ": " + String.join(", ", parts);
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
