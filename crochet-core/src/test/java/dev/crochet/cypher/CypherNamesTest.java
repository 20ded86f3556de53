package dev.crochet.cypher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherNamesTest {

	@Test
	void quotesPlainNames() {
		assertThat(CypherNames.escape("Person", "label")).isEqualTo("`Person`");
		assertThat(CypherNames.escape("MATCH", "label")).isEqualTo("`MATCH`");
		assertThat(CypherNames.escape("Persön 人", "label")).isEqualTo("`Persön 人`");
		assertThat(CypherNames.escape(" padded ", "property")).isEqualTo("` padded `");
	}

	@Test
	void doublesInnerBackticks() {
		assertThat(CypherNames.escape("a`b", "label")).isEqualTo("`a``b`");
		assertThat(CypherNames.escape("`", "label")).isEqualTo("````");
		assertThat(CypherNames.escape("Person`) DETACH DELETE n //", "label"))
			.isEqualTo("`Person``) DETACH DELETE n //`");
	}

	@Test
	void writesBackslashesAsUnicodeEscapesSoCypherCannotDecodeAnEscapeFromTheName() {
		// Cypher 5 decodes \\uXXXX inside backtick identifiers: \\u0060 would close the
		// identifier.
		assertThat(CypherNames.escape("x\\u0060y", "label")).isEqualTo("`x\\u005Cu0060y`");
		assertThat(CypherNames.escape("back\\slash", "label")).isEqualTo("`back\\u005Cslash`");
		assertThat(CypherNames.escape("\\\\", "label")).isEqualTo("`\\u005C\\u005C`");
	}

	@Test
	void rejectsNullEmptyAndBlankNames() {
		assertThatThrownBy(() -> CypherNames.escape(null, "label")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid label: must not be null");
		assertThatThrownBy(() -> CypherNames.escape("", "label")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid label '': must not be empty");
		assertThatThrownBy(() -> CypherNames.escape("  ", "property")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid property '  ': must not be blank");
		assertThatThrownBy(() -> CypherNames.escape("\t\n", "relationship type"))
			.isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid relationship type '\\u0009\\u000A': must not be blank");
	}

	@Test
	void rejectsCharactersNeo4jCannotStore() {
		assertThatThrownBy(() -> CypherNames.escape("a\0b", "label")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid label 'a\\u0000b': must not contain the NUL character (U+0000)");
		assertThatThrownBy(() -> CypherNames.escape("a\uD800b", "property")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid property 'a\\uD800b': must not contain an unpaired surrogate (U+D800)");
		assertThatThrownBy(() -> CypherNames.escape("end\uDC00", "property")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid property 'end\\uDC00': must not contain an unpaired surrogate (U+DC00)");
	}

	@Test
	void acceptsSupplementaryCharacters() {
		assertThat(CypherNames.escape("emoji\uD83D\uDE00", "label")).isEqualTo("`emoji\uD83D\uDE00`");
	}

	@Test
	void requireValidReturnsTheNameUnchanged() {
		assertThat(CypherNames.requireValid("a`b", "label")).isEqualTo("a`b");
	}

}
