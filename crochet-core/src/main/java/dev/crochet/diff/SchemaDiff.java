package dev.crochet.diff;

import dev.crochet.ir.SchemaSnapshot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The changes that turn one snapshot into another, in a defined order.
 *
 * <pre>{@code
 * SchemaDiff diff = SchemaDiff.between(headSnapshot, ModelReader.read("com.example.model"));
 * diff.changes().forEach(c -> System.out.println(c.describe()));
 * }</pre>
 */
public record SchemaDiff(List<SchemaChange> changes) {

	public SchemaDiff {
		changes = List.copyOf(changes);
	}

	public static SchemaDiff between(SchemaSnapshot from, SchemaSnapshot to) {
		return SchemaDiffer.diff(from, to);
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	/**
	 * Pairs of a removed and an added property of the same type on one owner (every such
	 * pair, in the order of the changes): renames the models did not declare, perhaps.
	 */
	public List<PossibleRename> possibleRenames() {
		return PossibleRenames.of(changes);
	}

	public boolean destructive() {
		return changes.stream().anyMatch(SchemaChange::destructive);
	}

	/** One line per change. */
	public String describe() {
		return changes.stream().map(SchemaChange::describe).collect(Collectors.joining(System.lineSeparator()));
	}
}
