package dev.crochet;

import dev.crochet.diff.SchemaDiff;
import dev.crochet.live.IgnoredElement;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import dev.crochet.live.SchemaIgnore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DriftTest {

	private static final String NL = System.lineSeparator();

	private static final SchemaElement BLOOM = new SchemaElement(Kind.FULLTEXT_INDEX, false, List.of("Book"),
			List.of("title"), null, "bloom_x", null);

	private static final SchemaElement STRAY = new SchemaElement(Kind.TEXT_INDEX, false, List.of("Book"),
			List.of("isbn"), null, "stray", null);

	private static Drift live(SchemaElement... unexpected) {
		return new Drift("h", "h", true, new SchemaDiff(List.of()), List.of(), List.of(unexpected));
	}

	@Test
	void anIgnoredElementIsNotDriftButIsListed() {
		Drift drift = live(BLOOM).ignoring(SchemaIgnore.of(List.of("bloom_*")));

		assertThat(drift.hasDrift()).isFalse();
		assertThat(drift.unexpectedInGraph()).isEmpty();
		assertThat(drift.ignoredInGraph()).containsExactly(new IgnoredElement(BLOOM, "bloom_*"));
		assertThat(drift.describe())
			.isEqualTo("no drift" + NL + "Ignored (matches 'bloom_*'): fulltext index on :Book(title) named bloom_x");
	}

	@Test
	void ignoredElementsAreListedAfterTheDrift() {
		Drift drift = live(BLOOM, STRAY).ignoring(SchemaIgnore.of(List.of("bloom_*")));

		assertThat(drift.describe()).isEqualTo("Not declared by the models: text index on :Book(isbn) named stray" + NL
				+ "Add the operations to a migration (or remove the stray constraints and indexes), then upgrade." + NL
				+ "Ignored (matches 'bloom_*'): fulltext index on :Book(title) named bloom_x");
	}

	@Test
	void withoutAMatchingPatternTheElementIsDrift() {
		Drift drift = live(BLOOM).ignoring(SchemaIgnore.of(List.of("bloom_y*")));

		assertThat(drift.hasDrift()).isTrue();
		assertThat(drift.describe())
			.isEqualTo("Not declared by the models: fulltext index on :Book(title) named bloom_x" + NL
					+ "Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.");
	}

}
