package dev.crochet.diff;

import java.util.List;
import java.util.Objects;

/**
 * Labels other than the primary one were added or removed (inherited labels, typically);
 * destructive when a label is removed:
 * {@code labels of person_v1 (Person): added [Actor], removed [Entity]}.
 *
 * @param primaryLabel the node's primary label after the change
 * @param added sorted
 * @param removed sorted
 */
public record LabelsChanged(String kgid, String primaryLabel, List<String> added,
		List<String> removed) implements SchemaChange {

	public LabelsChanged {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(primaryLabel, "primaryLabel");
		added = List.copyOf(added);
		removed = List.copyOf(removed);
	}

	@Override
	public String describe() {
		StringBuilder text = new StringBuilder("labels of " + kgid + " (" + primaryLabel + "):");
		if (!added.isEmpty()) {
			text.append(" added ").append(added);
		}
		if (!removed.isEmpty()) {
			text.append(added.isEmpty() ? " removed " : ", removed ").append(removed);
		}
		return text.toString();
	}

	@Override
	public boolean destructive() {
		return !removed.isEmpty();
	}
}
