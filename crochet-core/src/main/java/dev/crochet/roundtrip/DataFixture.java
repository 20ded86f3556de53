package dev.crochet.roundtrip;

import java.util.Map;
import java.util.Objects;

/**
 * Data inserted right after a revision is applied, so that later revisions' round trips
 * exercise data.
 *
 * <pre>{@code
 * DataFixture.after("0001_init", "CREATE (:Person {name: 'Ada', age: 36})")
 * }</pre>
 */
public record DataFixture(String afterRevision, String cypher, Map<String, Object> parameters) {

	public DataFixture {
		Objects.requireNonNull(afterRevision, "afterRevision");
		Objects.requireNonNull(cypher, "cypher");
		parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
	}

	public static DataFixture after(String revision, String cypher) {
		return new DataFixture(revision, cypher, Map.of());
	}
}
