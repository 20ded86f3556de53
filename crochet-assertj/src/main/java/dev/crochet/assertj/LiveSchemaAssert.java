package dev.crochet.assertj;

import dev.crochet.live.LiveSchema;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;
import java.util.Optional;

/**
 * Assertions on the constraints and indexes of a database, as read by
 * {@code crochet.liveSchema()} (Crochet's internal batch indexes and constraint-backing
 * indexes left out).
 *
 * <pre>{@code
 * assertThat(crochet.liveSchema())
 *     .hasUniqueConstraint("Person", "name")
 *     .hasIndex("Person", "age")
 *     .hasNoIndex("Person", "nickname");
 * }</pre>
 */
public class LiveSchemaAssert extends AbstractAssert<LiveSchemaAssert, LiveSchema> {

	private static final String SUBJECT = "the live schema";

	public LiveSchemaAssert(LiveSchema actual) {
		super(actual, LiveSchemaAssert.class);
	}

	/** A unique constraint on {@code :label(property)}. */
	public LiveSchemaAssert hasUniqueConstraint(String label, String property) {
		isNotNull();
		return fail(SchemaChecks.uniqueConstraint(SUBJECT, actual, label, property, true));
	}

	public LiveSchemaAssert hasNoUniqueConstraint(String label, String property) {
		isNotNull();
		return fail(SchemaChecks.uniqueConstraint(SUBJECT, actual, label, property, false));
	}

	/**
	 * An index of any kind on {@code :label(properties...)}, properties in index order.
	 */
	public LiveSchemaAssert hasIndex(String label, String... properties) {
		isNotNull();
		return fail(SchemaChecks.index(SUBJECT, actual, label, List.of(properties), true));
	}

	public LiveSchemaAssert hasNoIndex(String label, String... properties) {
		isNotNull();
		return fail(SchemaChecks.index(SUBJECT, actual, label, List.of(properties), false));
	}

	private LiveSchemaAssert fail(Optional<ErrorMessageFactory> failure) {
		failure.ifPresent(this::throwAssertionError);
		return myself;
	}

}
