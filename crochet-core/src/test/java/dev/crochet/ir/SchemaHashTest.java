package dev.crochet.ir;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash covers the graph contract only. */
class SchemaHashTest {

	private static final String ORIGINAL = "dev.crochet.fixtures.hash.original";

	/**
	 * Committed on purpose: a change here means every user's recorded schema hash would
	 * change.
	 */
	private static final String ORIGINAL_HASH = "3faef124bbb35a4ccec808a8f9da18dde49b731b6b325bc362f691fce6facbcd";

	private static String hashOf(String pkg) {
		return ModelReader.read(pkg).hash();
	}

	@Test
	void equalAcrossTwoParsesInOneJvm() {
		assertThat(hashOf(ORIGINAL)).isEqualTo(hashOf(ORIGINAL));
	}

	@Test
	void equalToTheCommittedValue() {
		assertThat(hashOf(ORIGINAL)).isEqualTo(ORIGINAL_HASH);
	}

	@Test
	void isLowercaseSha256Hex() {
		assertThat(hashOf(ORIGINAL)).matches("[0-9a-f]{64}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "renamed", "moved.deep", "reordered" })
	void survivesClassRenamesPackageMovesAndFieldReorders(String variant) {
		assertThat(hashOf("dev.crochet.fixtures.hash." + variant)).isEqualTo(ORIGINAL_HASH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "label", "propname", "type", "flag" })
	void changesWithLabelPropertyNameTypeOrFlags(String variant) {
		assertThat(hashOf("dev.crochet.fixtures.hash." + variant)).isNotEqualTo(ORIGINAL_HASH);
	}

	@Test
	void canonicalJsonNamesNoJavaClassPackageOrField() {
		String json = ModelReader.read("dev.crochet.fixtures.hash.renamed").toCanonicalJson();

		assertThat(json).doesNotContain("dev.crochet", "Client", "fullName", "years", "mail\"", "referredBy");
	}

}
