package dev.crochet.junit;

import dev.crochet.CrochetException;
import dev.crochet.Drift;
import dev.crochet.live.IgnoredElement;
import dev.crochet.live.SchemaElement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the drift check of a configuration found, or why it did not run; what the report
 * entries and the round-trip report file say about drift.
 *
 * @param drift what the check found; null when it did not run or threw
 * @param error the check's error, else null
 * @param skipped why the check did not run, else null
 * @param millis how long it took; -1 when it did not run
 */
record DriftCheck(Drift drift, String error, String skipped, long millis) {

	static DriftCheck skipped(String why) {
		return new DriftCheck(null, null, why, -1);
	}

	/**
	 * Checks drift on {@code state}'s migrated database if its configuration asks for it.
	 */
	static DriftCheck of(ClassState state) {
		Configuration configuration = state.configuration();
		if (!configuration.checkDrift()) {
			return skipped("checkDrift = false");
		}
		if (configuration.modelPackages().isEmpty()) {
			return skipped("no modelPackages");
		}
		if (configuration.target() != null) {
			return skipped("migrated to target " + configuration.target() + ", and drift is checked at the head only");
		}
		long start = System.nanoTime();
		try {
			// Applied here rather than on the shared Crochet: the ignore list is part of
			// this configuration.
			Drift drift = state.crochet().drift().ignoring(configuration.ignoreSchema());
			return new DriftCheck(drift, null, null, (System.nanoTime() - start) / 1_000_000);
		}
		catch (CrochetException ex) {
			return new DriftCheck(null, ex.getMessage(), null, (System.nanoTime() - start) / 1_000_000);
		}
	}

	boolean found() {
		return drift != null && drift.hasDrift();
	}

	/**
	 * {@code no drift}, {@code drift found}, {@code not checked (...)} or
	 * {@code could not be checked: ...}.
	 */
	String outcome() {
		if (skipped != null) {
			return "not checked (" + skipped + ")";
		}
		if (error != null) {
			return "could not be checked: " + error;
		}
		return drift.hasDrift() ? "drift found" : "no drift";
	}

	/**
	 * Models against the head migration, as {@link Drift#modelsVsHead()} says it; null
	 * when not checked.
	 */
	String modelsVsHead() {
		return drift == null ? null : drift.modelsVsHead();
	}

	/**
	 * The live constraints and indexes against what the models declare; null when not
	 * checked.
	 */
	String graphVsModels() {
		if (drift == null) {
			return null;
		}
		if (!drift.liveSchemaDiffers()) {
			return "live schema vs models: match";
		}
		List<String> parts = new ArrayList<>();
		if (!drift.missingInGraph().isEmpty()) {
			parts.add("missing in the graph: " + describe(drift.missingInGraph()));
		}
		if (!drift.unexpectedInGraph().isEmpty()) {
			parts.add("not declared by the models: " + describe(drift.unexpectedInGraph()));
		}
		return "live schema vs models: differ (" + String.join("; ", parts) + ")";
	}

	/**
	 * What the ignore list left out of the drift, one
	 * {@code Ignored (matches '<pattern>'): ...} per element joined by {@code ; }; null
	 * when not checked or nothing was ignored.
	 */
	String ignored() {
		if (drift == null || drift.ignoredInGraph().isEmpty()) {
			return null;
		}
		return drift.ignoredInGraph().stream().map(IgnoredElement::describe).collect(Collectors.joining("; "));
	}

	/**
	 * The lines backing {@link #outcome()}: models vs head, live schema vs models, then
	 * one per ignored element; empty when not checked.
	 */
	List<String> lines() {
		if (drift == null) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(List.of(modelsVsHead(), graphVsModels()));
		drift.ignoredInGraph().forEach(i -> lines.add(i.describe()));
		return List.copyOf(lines);
	}

	private static String describe(List<SchemaElement> elements) {
		return elements.stream().map(SchemaElement::describe).collect(Collectors.joining(", "));
	}
}
