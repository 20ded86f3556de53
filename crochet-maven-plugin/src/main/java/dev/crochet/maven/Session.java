package dev.crochet.maven;

import dev.crochet.Crochet;
import dev.crochet.embedded.EmbeddedNeo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One goal's Crochet with what it stands on: the project's classes, a throwaway embedded Neo4j or
 * ledger when the goal asked for one. Closing it closes Crochet first and the class loader last (the
 * store and Crochet may still load project classes while they close), then deletes what was throwaway.
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

	/** Crochet first, then the rest in reverse order of opening (an embedded server before the classes). */
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
					first = ex instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getMessage(), ex);
				}
			}
		}
		if (scratch != null) {
			delete(scratch);
		}
		if (first != null) {
			throw first;
		}
	}

	static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// A throwaway folder under target/ goes with the next clean.
		}
	}

	/** Starts a throwaway embedded Neo4j (for the round trip). */
	static EmbeddedNeo4j embedded() {
		return EmbeddedNeo4j.start();
	}
}
