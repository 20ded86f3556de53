package dev.crochet.scaffold;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionNamesTest {

	@Test
	void slugsAreLowerCaseAsciiWords() {
		assertThat(RevisionNames.slug("Add Person node!")).isEqualTo("add_person_node");
		assertThat(RevisionNames.slug("Café déjà-vu")).isEqualTo("cafe_deja_vu");
		assertThat(RevisionNames.slug("  ?? ")).isEqualTo("migration");
		assertThat(RevisionNames.slug("x".repeat(80))).hasSize(RevisionNames.MAX_SLUG_LENGTH);
	}

	@Test
	void idsAndClassNames() {
		assertThat(RevisionNames.id(3, "add age")).isEqualTo("0003_add_age");
		assertThat(RevisionNames.javaClassName("0003_add_age")).isEqualTo("V0003_add_age");
	}

	@Test
	void nextNumberFollowsTheHighestOfFilesAndIds() {
		assertThat(RevisionNames.nextNumber(List.of())).isEqualTo(1);
		assertThat(RevisionNames.nextNumber(List.of("V0001_a.java", "0004_b.cypher", "0002_c", "readme.md")))
			.isEqualTo(5);
	}

}
