package dev.crochet.cypher;

import dev.crochet.VectorSimilarity;

import java.util.List;
import java.util.Optional;

/**
 * Drops the vector index {@link AddVectorIndex} created. It carries the whole definition,
 * so that its inverse creates the same index again.
 *
 * <pre>{@code
 * new DropVectorIndex("movie_plots", false, "Movie", "embedding", 3, VectorSimilarity.COSINE).statements()
 * // DROP INDEX `movie_plots` IF EXISTS
 * }</pre>
 */
public record DropVectorIndex(String name, boolean relationship, String labelOrType, String property, int dimensions,
		VectorSimilarity similarity) implements Operation {

	public DropVectorIndex {
		AddVectorIndex.requireValid(name, relationship, labelOrType, property, dimensions, similarity);
	}

	@Override
	public List<Statement> statements() {
		return List.of(SearchIndexes.drop(name));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new AddVectorIndex(name, relationship, labelOrType, property, dimensions, similarity));
	}

	@Override
	public String describe() {
		return "drop " + AddVectorIndex.text(name, relationship, labelOrType, property, dimensions, similarity);
	}
}
