package dev.crochet.live;

import dev.crochet.ir.SchemaSnapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The constraints and indexes of a database (from {@code SHOW CONSTRAINTS} /
 * {@code SHOW INDEXES}, without indexes owned by constraints and Crochet's internal
 * ones), or those a schema snapshot declares. Two values compare by {@link SchemaElement}
 * equality, names ignored.
 *
 * <pre>{@code
 * LiveSchema live = crochet.liveSchema();
 * LiveSchema declared = LiveSchema.declaredBy(crochet.modelSchema(), false);
 * List<SchemaElement> missing = live.missing(declared);
 * }</pre>
 */
public record LiveSchema(List<SchemaElement> elements) {

	private static final Comparator<SchemaElement> ORDER = Comparator.comparing((SchemaElement e) -> e.relationship())
		.thenComparing(SchemaElement::labelOrType)
		.thenComparing(e -> String.join(",", e.properties()))
		.thenComparing(SchemaElement::kind)
		.thenComparing(SchemaElement::name, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(SchemaElement::definition, Comparator.nullsFirst(Comparator.naturalOrder()));

	public LiveSchema {
		List<SchemaElement> sorted = new ArrayList<>(new LinkedHashSet<>(elements));
		sorted.sort(ORDER);
		elements = List.copyOf(sorted);
	}

	public boolean contains(SchemaElement element) {
		return elements.contains(element);
	}

	public boolean isEmpty() {
		return elements.isEmpty();
	}

	/**
	 * This schema without its token lookup indexes: every database has them by default
	 * and no model declares them, so they are part of a fingerprint but not of what a
	 * project is checked against.
	 */
	public LiveSchema withoutTokenLookups() {
		return new LiveSchema(elements.stream().filter(e -> e.kind() != SchemaElement.Kind.LOOKUP_INDEX).toList());
	}

	/** Elements of {@code expected} that this schema lacks. */
	public List<SchemaElement> missing(LiveSchema expected) {
		return expected.elements.stream().filter(e -> !contains(e)).toList();
	}

	/** Elements of this schema that {@code expected} does not declare. */
	public List<SchemaElement> unexpected(LiveSchema expected) {
		return elements.stream().filter(e -> !expected.contains(e)).toList();
	}

	/**
	 * What the models declare: a unique constraint per unique property, a range index per
	 * indexed (non-unique) property and per composite index, relationship property
	 * indexes, the search indexes, and, on Enterprise edition only, an existence
	 * constraint per required node property. The rule is {@link DeclaredElements}', which
	 * the migration planner follows too.
	 */
	public static LiveSchema declaredBy(SchemaSnapshot snapshot, boolean enterprise) {
		return new LiveSchema(DeclaredElements.of(snapshot, enterprise));
	}
}
