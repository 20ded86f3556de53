package dev.crochet.assertj;

import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The constraint and index checks shared by {@link GraphAssert} and
 * {@link LiveSchemaAssert}: each returns the failure to throw, or nothing.
 */
final class SchemaChecks {

	private static final Set<Kind> INDEX_KINDS = Set.of(Kind.RANGE_INDEX, Kind.TEXT_INDEX, Kind.POINT_INDEX,
			Kind.FULLTEXT_INDEX, Kind.VECTOR_INDEX);

	private SchemaChecks() {
	}

	static Optional<ErrorMessageFactory> uniqueConstraint(String subject, LiveSchema schema, String label,
			String property, boolean expected) {
		List<SchemaElement> found = schema.elements()
			.stream()
			.filter(e -> e.kind() == Kind.UNIQUE_CONSTRAINT && isOn(e, label, List.of(property)))
			.toList();
		return check(subject, schema, "unique constraint", target(label, List.of(property)), found, expected);
	}

	/**
	 * Any kind of index (range, text, point, ...) on exactly these properties, in this
	 * order.
	 */
	static Optional<ErrorMessageFactory> index(String subject, LiveSchema schema, String label, List<String> properties,
			boolean expected) {
		List<SchemaElement> found = schema.elements()
			.stream()
			.filter(e -> INDEX_KINDS.contains(e.kind()) && isOn(e, label, properties))
			.toList();
		return check(subject, schema, "index", target(label, properties), found, expected);
	}

	private static Optional<ErrorMessageFactory> check(String subject, LiveSchema schema, String what, String target,
			List<SchemaElement> found, boolean expected) {
		if (expected && found.isEmpty()) {
			String article = what.startsWith("i") ? "an " : "a ";
			return Optional.of(ShouldHaveSchemaElement.shouldHave(subject, article + what, target, schema.elements()));
		}
		if (!expected && !found.isEmpty()) {
			return Optional.of(ShouldHaveSchemaElement.shouldNotHave(subject, what, target, found));
		}
		return Optional.empty();
	}

	private static boolean isOn(SchemaElement element, String label, List<String> properties) {
		return !element.relationship() && element.labelOrType().equals(label)
				&& element.properties().equals(properties);
	}

	private static String target(String label, List<String> properties) {
		return ":" + label + "(" + String.join(", ", properties) + ")";
	}

}
