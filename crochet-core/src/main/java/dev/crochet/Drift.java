package dev.crochet;

import dev.crochet.diff.SchemaDiff;
import dev.crochet.live.IgnoredElement;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaIgnore;

import java.util.ArrayList;
import java.util.List;

/**
 * Disagreement between the models, the migrations and the live database.
 *
 * <p>
 * Which constraints and indexes count: every kind Neo4j reports is compared except the
 * token lookup indexes, which every database has by default and no model declares (the
 * round trip still sees them). Kinds the models cannot declare (key and property type
 * constraints, and anything Crochet cannot interpret) are ordinary drift when a database
 * has them, like full-text, vector, text and point indexes: they change which writes
 * Neo4j accepts or what queries find, so staying quiet about them would be a blind spot.
 * A project that owns them on purpose, or leaves them to something else, names them in
 * the ignore list, where they stay visible as ignored.
 *
 * @param modelHash hash of the current models
 * @param headHash schema hash the head migration declares (or, for a head that declares
 * none, the one recorded for it by {@link Crochet#recordSchema}), or null (no migrations,
 * or none declared or recorded)
 * @param modelsChecked false when the head migration declares no schema hash, so the
 * models could not be compared with the migrations (a hand-written chain); the live
 * schema is still checked
 * @param modelChanges how the models differ from the head's stored snapshot; empty when
 * equal, unknown or not checked
 * @param missingInGraph declared by the models, absent from the live database (null when
 * not checked)
 * @param unexpectedInGraph present in the live database, not declared, not ignored (null
 * when not checked)
 * @param ignoredInGraph present in the live database, not declared, but named by an
 * ignore pattern ({@link Crochet.Builder#ignoreSchema}): listed, never drift
 * @param pendingInGraph declared by the models, absent from the live database, and
 * created by a migration not applied yet: the fix is an upgrade, so never drift
 */
public record Drift(String modelHash, String headHash, boolean modelsChecked, SchemaDiff modelChanges,
		List<SchemaElement> missingInGraph, List<SchemaElement> unexpectedInGraph, List<IgnoredElement> ignoredInGraph,
		List<SchemaElement> pendingInGraph) {

	/** What {@link #modelsVsHead()} says when the head declares no schema hash. */
	public static final String MODELS_NOT_CHECKED = "models vs head migration: not checked (the head declares no schema hash)";

	public Drift {
		missingInGraph = missingInGraph == null ? List.of() : List.copyOf(missingInGraph);
		unexpectedInGraph = unexpectedInGraph == null ? List.of() : List.copyOf(unexpectedInGraph);
		ignoredInGraph = ignoredInGraph == null ? List.of() : List.copyOf(ignoredInGraph);
		pendingInGraph = pendingInGraph == null ? List.of() : List.copyOf(pendingInGraph);
	}

	/** A drift with nothing pending. */
	public Drift(String modelHash, String headHash, boolean modelsChecked, SchemaDiff modelChanges,
			List<SchemaElement> missingInGraph, List<SchemaElement> unexpectedInGraph,
			List<IgnoredElement> ignoredInGraph) {
		this(modelHash, headHash, modelsChecked, modelChanges, missingInGraph, unexpectedInGraph, ignoredInGraph,
				List.of());
	}

	/** A drift with nothing ignored. */
	public Drift(String modelHash, String headHash, boolean modelsChecked, SchemaDiff modelChanges,
			List<SchemaElement> missingInGraph, List<SchemaElement> unexpectedInGraph) {
		this(modelHash, headHash, modelsChecked, modelChanges, missingInGraph, unexpectedInGraph, List.of());
	}

	/**
	 * This drift with the unexpected elements whose names match {@code ignore} moved to
	 * {@link #ignoredInGraph()}. Elements missing in the graph are declared, so nameless,
	 * and never ignored.
	 */
	public Drift ignoring(SchemaIgnore ignore) {
		List<SchemaElement> unexpected = new ArrayList<>();
		List<IgnoredElement> ignored = new ArrayList<>(ignoredInGraph);
		for (SchemaElement element : unexpectedInGraph) {
			ignore.match(element)
				.ifPresentOrElse(p -> ignored.add(new IgnoredElement(element, p)), () -> unexpected.add(element));
		}
		return new Drift(modelHash, headHash, modelsChecked, modelChanges, missingInGraph, unexpected, ignored,
				pendingInGraph);
	}

	/**
	 * This drift with the missing elements that {@code created} holds (what migrations
	 * not applied yet create) moved to {@link #pendingInGraph()}: an upgrade, not a new
	 * migration, adds them.
	 */
	public Drift pending(List<SchemaElement> created) {
		List<SchemaElement> missing = new ArrayList<>();
		List<SchemaElement> pending = new ArrayList<>(pendingInGraph);
		for (SchemaElement element : missingInGraph) {
			(created.contains(element) ? pending : missing).add(element);
		}
		return new Drift(modelHash, headHash, modelsChecked, modelChanges, missing, unexpectedInGraph, ignoredInGraph,
				pending);
	}

	/**
	 * The models changed since the head migration was written (never true when not
	 * checked).
	 */
	public boolean modelsAheadOfMigrations() {
		if (!modelsChecked) {
			return false;
		}
		return headHash == null ? !modelChanges.isEmpty() : !headHash.equals(modelHash);
	}

	/**
	 * One line on the models-vs-migrations half of the check, for reports: whether it ran
	 * and what it found. A chain written by hand without schema hashes gets
	 * {@value #MODELS_NOT_CHECKED}.
	 */
	public String modelsVsHead() {
		if (!modelsChecked) {
			return MODELS_NOT_CHECKED;
		}
		if (modelsAheadOfMigrations()) {
			return "models vs head migration: differ (models " + modelHash + ", head "
					+ (headHash == null ? "none: no migrations yet" : headHash) + ")";
		}
		return "models vs head migration: match (schema hash " + modelHash + ")";
	}

	public boolean liveSchemaDiffers() {
		return !missingInGraph.isEmpty() || !unexpectedInGraph.isEmpty();
	}

	public boolean hasDrift() {
		return modelsAheadOfMigrations() || liveSchemaDiffers();
	}

	/**
	 * Multi-line explanation with what to do, or {@code no drift}; either way followed by
	 * the elements a pending migration creates (with the upgrade to run) and one
	 * {@code Ignored (matches '<pattern>'): ...} line per ignored element.
	 */
	public String describe() {
		return describe("crochet create-migration \"<description>\"", "crochet upgrade");
	}

	/**
	 * As {@link #describe()}, naming {@code createMigration} as the command that writes
	 * the missing migration and {@code upgrade} as the one that applies pending ones (the
	 * Maven plugin names its own goals).
	 */
	public String describe(String createMigration, String upgrade) {
		return describe(createMigration, upgrade, false);
	}

	/**
	 * As {@link #describe(String, String)}; with {@code migrationsUncompiled} (a project
	 * whose build has not compiled a migration written since) the models may be ahead
	 * only of the compiled chain, so the hint is to compile before writing another
	 * migration.
	 */
	public String describe(String createMigration, String upgrade, boolean migrationsUncompiled) {
		List<String> lines = new ArrayList<>();
		if (!hasDrift()) {
			lines.add("no drift");
			pendingLines(upgrade, lines);
			ignoredInGraph.forEach(i -> lines.add(i.describe()));
			return String.join(System.lineSeparator(), lines);
		}
		if (!modelsChecked) {
			lines.add(MODELS_NOT_CHECKED + ".");
		}
		if (modelsAheadOfMigrations()) {
			lines.add("The models (schema hash " + modelHash + ") do not match the head migration (schema hash "
					+ (headHash == null ? "none" : headHash) + ").");
			modelChanges.changes().forEach(c -> lines.add("  " + c.describe()));
			if (modelChanges.changes().isEmpty() && headHash != null) {
				lines.add("  (which changes cannot be listed: neither the ledger nor a snapshot file holds the schema "
						+ headHash + " of the head migration)");
			}
			lines.add(migrationsUncompiled
					? "Compile the project first (e.g. mvn compile): a migration not compiled yet may hold these changes;"
							+ " run '" + createMigration + "' only if they remain."
					: "Run '" + createMigration + "' to write a migration for these changes.");
		}
		missingInGraph.forEach(e -> lines.add("Missing in the graph: " + e.describe()));
		unexpectedInGraph.forEach(e -> lines.add("Not declared by the models: " + e.describe()));
		if (liveSchemaDiffers()) {
			lines.add("Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.");
		}
		pendingLines(upgrade, lines);
		ignoredInGraph.forEach(i -> lines.add(i.describe()));
		return String.join(System.lineSeparator(), lines);
	}

	private void pendingLines(String upgrade, List<String> lines) {
		pendingInGraph.forEach(e -> lines.add("Pending (a migration not applied yet creates it): " + e.describe()));
		if (!pendingInGraph.isEmpty()) {
			lines.add("Run '" + upgrade + "' to apply the pending migrations.");
		}
	}
}
