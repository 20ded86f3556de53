package dev.crochet.maven;

import dev.crochet.Crochet;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.embedded.Folders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One goal's Crochet with what it stands on: the project's classes, a throwaway embedded
 * Neo4j or ledger when the goal asked for one. Closing it closes Crochet first and the
 * class loader last (the store and Crochet may still load project classes while they
 * close), then deletes what was throwaway.
 */
final class Session implements AutoCloseable {

	private final Crochet crochet;

	private final List<AutoCloseable> resources;

	private final Path scratch;

	Session(Crochet crochet, List<AutoCloseable> resources, Path scratch) {
		this.crochet = crochet;
		this.resources = List.copyOf(resources);
		this.scratch = scratch;
	}

	Crochet crochet() {
		return crochet;
	}

	/**
	 * Crochet first, then the rest in reverse order of opening (an embedded server before
	 * the classes).
	 */
	@Override
	public void close() {
		List<AutoCloseable> steps = new ArrayList<>();
		steps.add(crochet);
		for (int i = resources.size() - 1; i >= 0; i--) {
			steps.add(resources.get(i));
		}
		RuntimeException first = null;
		for (AutoCloseable step : steps) {
			try {
				step.close();
			}
			catch (Exception ex) {
				if (first == null) {
					first = ex instanceof RuntimeException runtime ? runtime
							: new IllegalStateException(ex.getMessage(), ex);
				}
			}
		}
		if (scratch != null) {
			// A throwaway folder under target/ goes with the next clean.
			Folders.deleteQuietly(scratch);
		}
		if (first != null) {
			throw first;
		}
	}

	/** Starts a throwaway embedded Neo4j (for the round trip). */
	static EmbeddedNeo4j embedded() {
		return EmbeddedNeo4j.start();
	}

}
