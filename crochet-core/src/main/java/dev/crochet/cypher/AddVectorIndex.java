package dev.crochet.cypher;

import dev.crochet.VectorSimilarity;

import java.util.List;
import java.util.Optional;

/**
 * A vector index on one property of {@code label} nodes or {@code type} relationships,
 * under the given name. The dimensions and similarity function are written into the
 * statement as literals (Neo4j takes no parameters in OPTIONS); both are validated
 * values, never text from outside.
 *
 * <pre>{@code
 * new AddVectorIndex("movie_plots", false, "Movie", "embedding", 3, VectorSimilarity.COSINE).statements()
 * // CREATE VECTOR INDEX `movie_plots` IF NOT EXISTS FOR (n:`Movie`) ON (n.`embedding`)
 * //   OPTIONS {indexConfig: {`vector.dimensions`: 3, `vector.similarity_function`: 'cosine'}}
 * }</pre>
 */
public record AddVectorIndex(String name, boolean relationship, String labelOrType, String property, int dimensions,
		VectorSimilarity similarity) implements Operation {

	public AddVectorIndex {
		requireValid(name, relationship, labelOrType, property, dimensions, similarity);
	}

	static void requireValid(String name, boolean relationship, String labelOrType, String property, int dimensions,
			VectorSimilarity similarity) {
		SearchIndexes.requireName(name);
		SearchIndexes.requireOwner(relationship, labelOrType);
		CypherNames.requireValid(property, Fragments.PROPERTY);
		if (dimensions <= 0) {
			throw new InvalidOperationException("Invalid vector index " + CypherNames.display(name)
					+ ": dimensions must be positive, was " + dimensions);
		}
		if (similarity == null) {
			throw new InvalidOperationException(
					"Invalid vector index " + CypherNames.display(name) + ": the similarity function must not be null");
		}
	}

	@Override
	public List<Statement> statements() {
		return List.of(SearchIndexes.create("VECTOR", name, relationship, labelOrType,
				"(" + SearchIndexes.column(relationship, property) + ")",
				" OPTIONS {indexConfig: {`vector.dimensions`: " + dimensions + ", `vector.similarity_function`: '"
						+ similarity.cypherName() + "'}}"));
	}

	@Override
	public boolean enterpriseOnly() {
		return false;
	}

	@Override
	public Optional<Operation> inverse() {
		return Optional.of(new DropVectorIndex(name, relationship, labelOrType, property, dimensions, similarity));
	}

	@Override
	public String describe() {
		return "add " + text(name, relationship, labelOrType, property, dimensions, similarity);
	}

	static String text(String name, boolean relationship, String labelOrType, String property, int dimensions,
			VectorSimilarity similarity) {
		return "vector index " + name + " on " + SearchIndexes.on(relationship, labelOrType, List.of(property))
				+ " with " + dimensions + " dimensions, " + similarity.cypherName();
	}
}
