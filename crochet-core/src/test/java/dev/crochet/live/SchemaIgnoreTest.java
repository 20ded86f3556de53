package dev.crochet.live;

import dev.crochet.live.SchemaElement.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaIgnoreTest {

	private static SchemaElement named(String name) {
		return new SchemaElement(Kind.FULLTEXT_INDEX, false, List.of("Book"), List.of("title"), null, name, null);
	}

	@Test
	void aStarMatchesAnyRunOfCharactersAndAQuestionMarkOne() {
		SchemaIgnore ignore = SchemaIgnore.of(List.of("bloom_*", "idx_?"));

		assertThat(ignore.match(named("bloom_x"))).contains("bloom_*");
		assertThat(ignore.match(named("bloom_"))).contains("bloom_*");
		assertThat(ignore.match(named("idx_a"))).contains("idx_?");
		assertThat(ignore.match(named("idx_ab"))).isEmpty();
		assertThat(ignore.match(named("my_bloom_x"))).isEmpty();
		assertThat(ignore.match(named("Bloom_x"))).as("names are case-sensitive").isEmpty();
	}

	@Test
	void everythingElseIsLiteralEvenRegexCharacters() {
		SchemaIgnore ignore = SchemaIgnore.of(List.of("a.b(c)*"));

		assertThat(ignore.match(named("a.b(c)1"))).contains("a.b(c)*");
		assertThat(ignore.match(named("axb(c)1"))).isEmpty();
	}

	@Test
	void aDeclaredElementHasNoNameAndIsNeverIgnored() {
		assertThat(SchemaIgnore.of(List.of("bloom_*"))
			.match(SchemaElement.declared(Kind.RANGE_INDEX, false, "bloom_x", List.of("bloom_x")))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "**", "?*", "???" })
	void aPatternOfOnlyWildcardsIsRefused(String pattern) {
		assertThatThrownBy(() -> SchemaIgnore.of(List.of("bloom_*", pattern)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Schema ignore pattern '" + pattern
					+ "' is only wildcards: name the schema more narrowly, for example 'bloom_*'");
	}

	@Test
	void aBlankPatternIsRefused() {
		assertThatThrownBy(() -> SchemaIgnore.of(List.of(" "))).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Schema ignore pattern ' ' is blank: name the schema more narrowly, for example 'bloom_*'");
		assertThatThrownBy(() -> SchemaIgnore.of(Arrays.asList((String) null)))
			.hasMessage("Schema ignore pattern '' is blank: name the schema more narrowly, for example 'bloom_*'");
	}

	@Test
	void addingPatternsKeepsEachOnce() {
		assertThat(SchemaIgnore.of(List.of("a*")).and(List.of("b*", "a*")).patterns()).containsExactly("a*", "b*");
	}

}
