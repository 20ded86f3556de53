package dev.crochet.engine;

import dev.crochet.ValidationException;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaIgnore;
import dev.crochet.migration.ResolvedMigration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether the graph's live schema is the one a revision's schema snapshot declares: what
 * a baseline and a rebuild ask before they write a history that says the graph is at that
 * revision. A history that claims a schema the graph does not have would make every later
 * migration start from a lie. Elements the project ignores are not counted as unexpected,
 * as drift does not count them.
 *
 * @param checked false when the revision declares no schema hash, so there was nothing to
 * compare with
 * @param missing declared by the revision's snapshot, absent from the graph
 * @param unexpected in the graph, neither declared nor ignored
 */
record SchemaMatch(String revision, boolean checked, List<SchemaElement> missing, List<SchemaElement> unexpected) {

	SchemaMatch {
		missing = List.copyOf(missing);
		unexpected = List.copyOf(unexpected);
	}

	/**
	 * Compares the graph's live schema with {@code migration}'s snapshot, found through
	 * {@code snapshots} (the ledger, then the snapshot files).
	 * @throws ValidationException when the revision declares a hash whose snapshot is
	 * nowhere to be found
	 */
	static SchemaMatch of(Engine engine, ResolvedMigration migration,
			Function<String, Optional<SchemaSnapshot>> snapshots, SchemaIgnore ignore) {
		String hash = migration.schemaHash();
		if (hash == null || hash.isBlank()) {
			return new SchemaMatch(migration.id(), false, List.of(), List.of());
		}
		SchemaSnapshot snapshot = snapshots.apply(hash)
			.orElseThrow(() -> new ValidationException("The schema snapshot " + hash + " of revision " + migration.id()
					+ " is neither in the ledger nor among the snapshot files, so the live schema cannot be checked"
					+ " against it; nothing was changed."));
		LiveSchema live = engine.liveSchema();
		LiveSchema declared = LiveSchema.declaredBy(snapshot, engine.graph().get().enterprise());
		List<SchemaElement> unexpected = live.unexpected(declared)
			.stream()
			.filter(e -> ignore.match(e).isEmpty())
			.toList();
		return new SchemaMatch(migration.id(), true, live.missing(declared), unexpected);
	}

	boolean matches() {
		return missing.isEmpty() && unexpected.isEmpty();
	}

	/** One line per difference, as verify words them. */
	List<String> differences() {
		List<String> lines = new ArrayList<>();
		missing.forEach(e -> lines.add("Missing in the graph: " + e.describe()));
		unexpected.forEach(e -> lines.add("Not declared by revision " + revision + ": " + e.describe()));
		return lines;
	}

	/**
	 * Throws a refusal starting with {@code what} and listing the differences, one a
	 * line, unless the schemas match.
	 */
	void require(String what) {
		if (matches()) {
			return;
		}
		String nl = System.lineSeparator();
		throw new ValidationException(what + nl + "  " + String.join(nl + "  ", differences()));
	}

	/** For results: whether and how the schema was checked. */
	String describe() {
		return checked ? "live schema matches revision " + revision + "'s snapshot"
				: "live schema not checked (revision " + revision + " declares no schema hash)";
	}

}
